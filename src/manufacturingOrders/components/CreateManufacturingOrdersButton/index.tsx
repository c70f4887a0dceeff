import type { ServerProps } from 'payload'

import React from 'react'

import { productionChoices } from '../../../workflow/components/productionChoices'
import { userHolds } from '../../../access/components/userHolds'
import { MakeToOrderControl } from '../../../workflow/components/MakeToOrderControl/index.client'

/** "Create manufacturing orders" on a sales order, for users who may create them. */
export async function CreateManufacturingOrdersButton({ payload, user }: ServerProps) {
  if (!(await userHolds(payload, user, 'manufacturingOrders.create'))) return null
  return (
    <MakeToOrderControl
      {...await productionChoices(payload, user)}
      action="createManufacturingOrdersFromSalesOrder"
      buttonId="create-manufacturing-orders-button"
      label="Create manufacturing orders"
    />
  )
}
