import { APIError, type CollectionBeforeDeleteHook } from 'payload'

import { orderStarted } from '../orderStarted'
import { loadWorkflow } from '../../workflow/workflow'

/** Only an order still in the first status, with nothing picked or made, can be deleted. */
export const refuseDeletingStartedOrder: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const order = await req.payload.findByID({
    collection: 'manufacturing-orders',
    depth: 0,
    id,
    overrideAccess: true,
    req,
  })
  const { order: statuses, statuses: named } = await loadWorkflow(req)
  const first = named.find((s) => s.id === statuses[0])?.name ?? 'the first status'
  if (order.status !== statuses[0] || (await orderStarted(req, order)))
    throw new APIError(
      `${order.orderNumber} has started: only an order in ${first} with nothing picked or made can be deleted.`,
      409,
      null,
      true,
    )
}
