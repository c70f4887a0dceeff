import type { ServerProps } from 'payload'

import React from 'react'

import { BomLinesControl } from '../../../workflow/components/BomLinesDialog/index.client'
import { productionChoicesFor } from '../../../workflow/components/productionChoices'

/** "Create manufacturing order" on a BOM, for users who may create manufacturing orders. */
export async function CreateManufacturingOrderButton({ payload, user }: ServerProps) {
  const choices = await productionChoicesFor(payload, user, 'manufacturingOrders.create')
  return choices && <BomLinesControl {...choices} kind="manufacturing-orders" />
}
