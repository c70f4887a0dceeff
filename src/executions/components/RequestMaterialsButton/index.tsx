import type { ServerProps } from 'payload'

import React from 'react'

import { userHolds } from '../../../access/components/userHolds'
import { RequestMaterialsControl } from './index.client'

/** "Request materials" on an execution, for users who may raise requisitions. */
export async function RequestMaterialsButton({ payload, user }: ServerProps) {
  if (!(await userHolds(payload, user, 'requisitions.manage'))) return null
  return <RequestMaterialsControl scope="execution" />
}
