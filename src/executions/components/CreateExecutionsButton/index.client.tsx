'use client'
import React from 'react'

import type { ProductionChoices } from '../../../workflow/components/productionChoices'

import { BomLinesDialog } from '../../../workflow/components/BomLinesDialog/index.client'
import { DialogButton } from '../../../platform/components/DialogButton/index.client'

/** Asks where, when and how much of this BOM (and others), creates the executions. */
export function CreateExecutionsControl(choices: ProductionChoices) {
  return (
    <DialogButton
      dialog={(bom, close) => (
        <BomLinesDialog {...choices} bom={bom} kind="executions" onClose={close} />
      )}
      id="create-executions-button"
      label="Create executions"
    />
  )
}
