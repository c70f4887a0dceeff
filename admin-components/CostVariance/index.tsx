import type { UIFieldServerProps } from 'payload'

import React from 'react'

import { userHolds } from '../userHolds'
import { CostVariancePanel } from './index.client'

/**
 * Planned against actual cost on a saved order or execution, only for users who may see its
 * costs (the collection's view-costs key).
 */
export async function CostVariance({ collectionSlug, id, payload, user }: UIFieldServerProps) {
  const isOrder = collectionSlug === 'manufacturing-orders'
  const key = isOrder ? 'manufacturingOrders.viewCosts' : 'executions.viewCosts'
  if (!id || !(await userHolds(payload, user, key))) return null
  return <CostVariancePanel isOrder={isOrder} />
}
