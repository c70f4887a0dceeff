import type { PayloadRequest } from 'payload'

import type { ManufacturingOrder } from '../payload-types'

/**
 * Saves what an action recorded on an order (output rows, consumed and picked quantities)
 * through the collection, so its rules, reservations, state and costs follow in the same
 * transaction. The action checked the user's permission; the fields it writes are the plugin's.
 */
export async function saveOrderProgress(
  req: PayloadRequest,
  order: ManufacturingOrder,
  data: Partial<ManufacturingOrder>,
): Promise<ManufacturingOrder> {
  return req.payload.update({
    collection: 'manufacturing-orders',
    context: { writesOrderProgress: true },
    data,
    depth: 0,
    id: order.id,
    overrideAccess: true,
    req,
  })
}
