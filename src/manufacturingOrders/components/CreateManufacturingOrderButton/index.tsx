import type { ServerProps } from 'payload'

import React from 'react'

import { productionChoices } from '../../../workflow/components/productionChoices'
import { userHolds } from '../../../access/components/userHolds'
import { CreateManufacturingOrderControl } from './index.client'

/** "Create manufacturing order" on a BOM, for users who may create manufacturing orders. */
export async function CreateManufacturingOrderButton({ payload, user }: ServerProps) {
  if (!(await userHolds(payload, user, 'manufacturingOrders.create'))) return null
  return <CreateManufacturingOrderControl {...await productionChoices(payload, user)} />
}
