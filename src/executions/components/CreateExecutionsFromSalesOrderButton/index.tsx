import type { ServerProps } from 'payload'

import React from 'react'

import { productionChoices } from '../../../workflow/components/productionChoices'
import { userHolds } from '../../../access/components/userHolds'
import { MakeToOrderControl } from '../../../workflow/components/MakeToOrderControl/index.client'

/** "Create executions" on a sales order, for users who may create executions. */
export async function CreateExecutionsFromSalesOrderButton({ payload, user }: ServerProps) {
  if (!(await userHolds(payload, user, 'executions.create'))) return null
  return (
    <MakeToOrderControl
      {...await productionChoices(payload, user)}
      action="createExecutionsFromSalesOrder"
      buttonId="create-executions-from-sales-order-button"
      label="Create executions"
    />
  )
}
