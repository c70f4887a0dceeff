import type { PayloadRequest } from 'payload'

import React from 'react'

/** A production run's station on the shop floor. */
export function RunStation(_props: { id: string; req: PayloadRequest }) {
  return <p className="shop-floor__unavailable">Production runs are not available here yet.</p>
}
