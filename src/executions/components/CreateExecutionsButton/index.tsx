import type { ServerProps } from 'payload'

import React from 'react'

import { BomLinesControl } from '../../../workflow/components/BomLinesDialog/index.client'
import { productionChoicesFor } from '../../../workflow/components/productionChoices'

/** "Create executions" on a BOM, for users who may create executions. */
export async function CreateExecutionsButton({ payload, user }: ServerProps) {
  const choices = await productionChoicesFor(payload, user, 'executions.create')
  return choices && <BomLinesControl {...choices} kind="executions" />
}
