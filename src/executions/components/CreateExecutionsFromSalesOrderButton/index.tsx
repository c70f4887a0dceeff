import type { ServerProps } from 'payload'

import React from 'react'

import { MakeToOrderControl } from '../../../workflow/components/MakeToOrderControl/index.client'
import { productionChoicesFor } from '../../../workflow/components/productionChoices'

/** "Create executions" on a sales order, for users who may create executions. */
export async function CreateExecutionsFromSalesOrderButton({ payload, user }: ServerProps) {
  const choices = await productionChoicesFor(payload, user, 'executions.create')
  return choices && <MakeToOrderControl {...choices} kind="executions" />
}
