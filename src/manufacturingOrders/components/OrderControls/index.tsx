import type { ServerProps } from 'payload'

import React from 'react'

import { userHolds } from '../../../access/components/userHolds'
import { OrderControlsClient } from './index.client'

/** Shown only to users who may update orders; refreshing the recipe needs override-recipe. */
export async function OrderControls({ payload, user }: ServerProps) {
  if (!(await userHolds(payload, user, 'manufacturingOrders.update'))) return null
  return (
    <OrderControlsClient
      canRefresh={await userHolds(payload, user, 'manufacturingOrders.overrideRecipe')}
    />
  )
}
