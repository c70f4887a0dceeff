import type { ServerProps } from 'payload'

import React from 'react'

import { ActionButton } from '../../../platform/components/ActionButton/index.client'
import { userHolds } from '../../../access/components/userHolds'

/** "Generate executions" on a production plan, for users who may create executions. */
export async function GenerateExecutionsButton({ payload, user }: ServerProps) {
  if (!(await userHolds(payload, user, 'executions.create'))) return null
  return (
    <span style={{ display: 'inline-flex', gap: 8 }}>
      <ActionButton action="generateExecutions" label="Generate executions" />
      <ActionButton action="queueExecutionGeneration" label="Generate in background" />
    </span>
  )
}
