import type { ServerProps } from 'payload'

import React from 'react'

import { productionChoices } from '../../../workflow/components/productionChoices'
import { userHolds } from '../../../access/components/userHolds'
import { CreateExecutionsControl } from './index.client'

/** "Create executions" on a BOM, for users who may create executions. */
export async function CreateExecutionsButton({ payload, user }: ServerProps) {
  if (!(await userHolds(payload, user, 'executions.create'))) return null
  return <CreateExecutionsControl {...await productionChoices(payload, user)} />
}
