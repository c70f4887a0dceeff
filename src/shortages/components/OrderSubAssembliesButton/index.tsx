import type { ServerProps } from 'payload'

import React from 'react'

import { userHolds } from '../../../access/components/userHolds'
import { OrderSubAssembliesControl } from './index.client'

/**
 * "Order sub-assemblies" on an execution or a manufacturing order, for users who may create
 * manufacturing orders.
 */
export async function OrderSubAssembliesButton({ payload, user }: ServerProps) {
  if (!(await userHolds(payload, user, 'manufacturingOrders.create'))) return null
  return <OrderSubAssembliesControl />
}
