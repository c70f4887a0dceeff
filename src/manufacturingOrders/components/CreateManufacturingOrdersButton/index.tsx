import type { ServerProps } from 'payload'

import React from 'react'

import { MakeToOrderControl } from '../../../workflow/components/MakeToOrderControl/index.client'
import { productionChoicesFor } from '../../../workflow/components/productionChoices'

/** "Create manufacturing orders" on a sales order, for users who may create them. */
export async function CreateManufacturingOrdersButton({ payload, user }: ServerProps) {
  const choices = await productionChoicesFor(payload, user, 'manufacturingOrders.create')
  return choices && <MakeToOrderControl {...choices} kind="manufacturing-orders" />
}
