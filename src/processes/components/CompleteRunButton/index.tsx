import type { ServerProps } from 'payload'

import React from 'react'

import { userHolds } from '../../../access/components/userHolds'
import { CompleteRunControl } from './index.client'

/** "Complete run", for users who may finalize runs. */
export async function CompleteRunButton({ payload, user }: ServerProps) {
  if (!(await userHolds(payload, user, 'productionRuns.finalize'))) return null
  return <CompleteRunControl />
}
