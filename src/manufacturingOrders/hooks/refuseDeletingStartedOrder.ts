import { APIError } from 'payload'

import { refuseDeletion } from '../../platform/hooks/refuseDeletion'
import { orderStarted } from '../orderStarted'
import { loadWorkflow } from '../../workflow/workflow'

/** Only an order still in the first status, with nothing picked or made, can be deleted. */
export const refuseDeletingStartedOrder = refuseDeletion(
  'manufacturing-orders',
  async (order, req) => {
    const { order: statuses, statuses: named } = await loadWorkflow(req)
    const first = named.find((s) => s.id === statuses[0])?.name ?? 'the first status'
    if (order.status !== statuses[0] || (await orderStarted(req, order)))
      return new APIError(
        `${order.orderNumber} has started: only an order in ${first} with nothing picked or made can be deleted.`,
        409,
        null,
        true,
      )
  },
)
