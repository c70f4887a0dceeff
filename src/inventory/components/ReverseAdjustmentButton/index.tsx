import type { ServerProps } from 'payload'

import React from 'react'

import { ActionButton } from '../../../platform/components/ActionButton/index.client'
import { userHolds } from '../../../access/components/userHolds'

/** "Reverse" on a posted adjustment, for users who may adjust inventory. */
export async function ReverseAdjustmentButton({ payload, user }: ServerProps) {
  if (!(await userHolds(payload, user, 'inventory.adjust'))) return null
  return (
    <ActionButton
      action="reverseInventoryAdjustment"
      confirm="Post the mirror of this adjustment? It cannot be undone."
      label="Reverse"
      statuses={['posted']}
    />
  )
}
