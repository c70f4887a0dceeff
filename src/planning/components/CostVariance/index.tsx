import type { UIFieldServerProps } from 'payload'

import React from 'react'

import { userHolds } from '../../../access/components/userHolds'
import { CostVariancePanel } from './index.client'

/**
 * Planned against actual cost on a saved order, execution or production plan, only for users who
 * may see its costs (the view-costs key of the documents costed: a plan's are its executions').
 */
export async function CostVariance({ collectionSlug, id, payload, user }: UIFieldServerProps) {
  const kind =
    collectionSlug === 'manufacturing-orders'
      ? 'order'
      : collectionSlug === 'production-plans'
        ? 'plan'
        : 'execution'
  const key = kind === 'order' ? 'manufacturingOrders.viewCosts' : 'executions.viewCosts'
  if (!id || !(await userHolds(payload, user, key))) return null
  return <CostVariancePanel kind={kind} />
}
