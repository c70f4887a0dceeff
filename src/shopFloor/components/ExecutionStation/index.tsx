import type { PayloadRequest } from 'payload'

import React from 'react'

import { shopFloorHref } from '../../rules/shopFloorRoute'
import { ScreenHeader } from '../touch/ScreenHeader'

/** An execution's station: what to make, from what, and the next step. */
export async function ExecutionStation({ id, req }: { id: string; req: PayloadRequest }) {
  const home = shopFloorHref(req.payload.config.routes.admin)
  return <ScreenHeader back={{ href: home, label: 'Shop floor' }} title={`Execution ${id}`} />
}
