import type { UIFieldServerProps } from 'payload'

import React from 'react'

import { userHolds } from '../../../access/components/userHolds'
import { RequisitionControlsClient } from './index.client'

/** A requisition's store steps, each button only for users holding its permission. */
export async function RequisitionControls({ id, payload, user }: UIFieldServerProps) {
  if (!id) return null
  const holds = (key: Parameters<typeof userHolds>[2]) => userHolds(payload, user, key)
  return (
    <RequisitionControlsClient
      canIssue={await holds('requisitions.issue')}
      canManage={await holds('requisitions.manage')}
      canPick={await holds('requisitions.pick')}
      canStage={await holds('trolleys.build')}
    />
  )
}
