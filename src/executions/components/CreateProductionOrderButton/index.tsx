import type { ServerProps } from 'payload'

import React from 'react'

import { productionChoices } from '../../../workflow/components/productionChoices'
import { userHolds } from '../../../access/components/userHolds'
import { SalesOrderProductionControl } from '../../../workflow/components/SalesOrderProductionControl/index.client'

/** "Create production order" on a sales order, for users who may create executions. */
export async function CreateProductionOrderButton({ payload, user }: ServerProps) {
  if (!(await userHolds(payload, user, 'executions.create'))) return null
  return (
    <SalesOrderProductionControl
      {...await productionChoices(payload, user)}
      action="createProductionFromSalesOrder"
      buttonId="create-production-order-button"
      label="Create production order"
    />
  )
}
