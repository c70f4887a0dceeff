'use client'
import React from 'react'

import type { ProductionChoices } from '../../../workflow/components/productionChoices'

import { BomLinesDialog } from '../../../workflow/components/BomLinesDialog/index.client'
import { DialogButton } from '../../../platform/components/DialogButton/index.client'

/** Asks where, by when and how much of this BOM (and others), creates the orders. */
export function CreateManufacturingOrderControl(choices: ProductionChoices) {
  return (
    <DialogButton
      dialog={(bom, close) => (
        <BomLinesDialog {...choices} bom={bom} kind="manufacturing-orders" onClose={close} />
      )}
      id="create-manufacturing-order-button"
      label="Create manufacturing order"
    />
  )
}
