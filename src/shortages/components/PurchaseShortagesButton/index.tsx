import type { ServerProps } from 'payload'

import { createLocalReq } from 'payload'
import React from 'react'

import { userHolds } from '../../../access/components/userHolds'
import { PurchaseShortagesControl } from './index.client'

/**
 * "Create purchase order" on an execution or a manufacturing order, for users who may create
 * purchase orders; the suppliers they may read are its choices.
 */
export async function PurchaseShortagesButton({ payload, user }: ServerProps) {
  if (!(await userHolds(payload, user, 'purchaseOrders.create'))) return null
  const req = await createLocalReq({ user: user ?? undefined }, payload)
  const { docs } = await payload.find({
    collection: 'suppliers',
    depth: 0,
    limit: 1000,
    overrideAccess: false,
    req,
    select: { name: true },
    sort: 'name',
    user,
  })
  return (
    <PurchaseShortagesControl
      suppliers={docs.map((s) => ({ id: s.id, name: s.name ?? `Supplier ${s.id}` }))}
    />
  )
}
