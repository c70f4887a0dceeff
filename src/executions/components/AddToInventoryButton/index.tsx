import type { ServerProps } from 'payload'

import React from 'react'

import { userHolds } from '../../../access/components/userHolds'
import { BomsInventoryBar } from './BomsInventoryBar'
import { AddToInventoryControl } from './index.client'

/** "Add to inventory" on a BOM, for users who may adjust inventory. */
export async function AddToInventoryButton({ payload, user }: ServerProps) {
  if (!(await userHolds(payload, user, 'inventory.adjust'))) return null
  return <AddToInventoryControl />
}

/** The same for the BOMs selected in their list, for users who may adjust inventory. */
export async function AddBomsToInventoryBar({ payload, user }: ServerProps) {
  if (!(await userHolds(payload, user, 'inventory.adjust'))) return null
  return <BomsInventoryBar />
}
