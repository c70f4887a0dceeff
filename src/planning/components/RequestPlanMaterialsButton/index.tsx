import type { ServerProps } from 'payload'

import React from 'react'

import { userHolds } from '../../../access/components/userHolds'
import { RequestMaterialsControl } from '../../../executions/components/RequestMaterialsButton/index.client'

/** "Request materials" on a production plan, for all its executions: for users who may raise requisitions. */
export async function RequestPlanMaterialsButton({ payload, user }: ServerProps) {
  if (!(await userHolds(payload, user, 'requisitions.manage'))) return null
  return <RequestMaterialsControl scope="plan" />
}
