import type { ServerProps } from 'payload'

import React from 'react'

import { userHolds } from '../../../access/components/userHolds'
import { RecordWasteLink } from './index.client'

/** "Record waste" on an execution, for users who may adjust inventory. */
export async function RecordWasteButton({ payload, user }: ServerProps) {
  if (!(await userHolds(payload, user, 'inventory.adjust'))) return null
  return <RecordWasteLink />
}
