import type { ServerProps } from 'payload'

import React from 'react'

import { productionChoices } from '../../../workflow/components/productionChoices'
import { userHolds } from '../../../access/components/userHolds'
import { CreateProductionControl } from './index.client'

/** "Create production" on a BOM, for users who may create executions. */
export async function CreateProductionButton({ payload, user }: ServerProps) {
  if (!(await userHolds(payload, user, 'executions.create'))) return null
  return <CreateProductionControl {...await productionChoices(payload, user)} />
}
