import type { ServerProps } from 'payload'

import { createLocalReq } from 'payload'
import React from 'react'

import { userHolds } from '../../../access/components/userHolds'
import { loadWorkflow } from '../../../workflow/workflow'
import { ReopenExecutionControl } from './index.client'

/** "Reopen…" on a completed execution, for users who may reopen completed production. */
export async function ReopenExecutionButton({ payload, user }: ServerProps) {
  if (!(await userHolds(payload, user, 'executions.reopen'))) return null
  const workflow = await loadWorkflow(await createLocalReq({ user }, payload))
  const final = workflow.statuses.find((status) => status.id === workflow.terminal)
  if (!final) return null
  return <ReopenExecutionControl finalStatus={{ id: final.id, name: final.name }} />
}
