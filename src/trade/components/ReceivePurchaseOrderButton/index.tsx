import type { ServerProps } from 'payload'

import React from 'react'

import { userHolds } from '../../../access/components/userHolds'
import { ReceivePurchaseOrderControls } from './index.client'

/** Shown only to users who may receive purchases. */
export async function ReceivePurchaseOrderButton({ payload, user }: ServerProps) {
  if (!(await userHolds(payload, user, 'purchases.receive'))) return null
  return <ReceivePurchaseOrderControls />
}
