import type { ServerProps } from 'payload'

import React from 'react'

import { userHolds } from '../../../access/components/userHolds'
import { PurchaseShortagesControl } from './index.client'

/** "Create purchase order" on an execution, for users who may create purchase orders. */
export async function PurchaseShortagesButton({ payload, user }: ServerProps) {
  if (!(await userHolds(payload, user, 'purchaseOrders.create'))) return null
  return <PurchaseShortagesControl />
}
