import type { ServerProps } from 'payload'

import React from 'react'

import { userHolds } from '../../../access/components/userHolds'
import { ExecutionBulkActions } from './index.client'

/** The executions list's tools, with what the signed-in user may do to a selection. */
export async function ExecutionBulkToolbar({ payload, user }: ServerProps) {
  return (
    <ExecutionBulkActions
      canRequestMaterials={await userHolds(payload, user, 'requisitions.manage')}
    />
  )
}
