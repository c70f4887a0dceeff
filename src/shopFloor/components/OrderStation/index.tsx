import type { PayloadRequest } from 'payload'

import React from 'react'

/** A manufacturing order's station on the shop floor. */
export function OrderStation(_props: { id: string; req: PayloadRequest }) {
  return <p className="shop-floor__unavailable">Manufacturing orders are not available here yet.</p>
}
