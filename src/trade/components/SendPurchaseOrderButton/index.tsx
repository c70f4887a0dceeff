import type { ServerProps } from 'payload'

import React from 'react'

import { userHolds } from '../../../access/components/userHolds'
import { SendPurchaseOrderControls } from './index.client'

/** The order's PDF for every reader; sending only for users who may update purchase orders. */
export async function SendPurchaseOrderButton({ payload, user }: ServerProps) {
  return (
    <SendPurchaseOrderControls canSend={await userHolds(payload, user, 'purchaseOrders.update')} />
  )
}
