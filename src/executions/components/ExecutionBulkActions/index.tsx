import type { ServerProps } from 'payload'

import React from 'react'

import { userHoldsEach } from '../../../access/components/userHolds'
import { productionChoices } from '../../../workflow/components/productionChoices'
import { ExecutionBulkActions } from './index.client'

/** The executions list's tools, offering only what the signed-in user may do. */
export async function ExecutionBulkToolbar({ payload, user }: ServerProps) {
  const held = await userHoldsEach(payload, user, [
    'executions.create',
    'executions.delete',
    'executions.moveDate',
    'executions.update',
    'requisitions.manage',
  ])
  const { startsDoneAs } = held['executions.create']
    ? await productionChoices(payload, user)
    : { startsDoneAs: null }
  return (
    <ExecutionBulkActions
      startsDoneAs={startsDoneAs}
      can={{
        create: held['executions.create'],
        delete: held['executions.delete'],
        moveDate: held['executions.moveDate'],
        requestMaterials: held['requisitions.manage'],
        update: held['executions.update'],
      }}
    />
  )
}
