import type { PayloadRequest } from 'payload'

import { idOf } from '../platform/idOf'
import { applyStatusInventory } from '../workflow/statusInventory'
import { loadWorkflow } from '../workflow/workflow'
import { writeOrderCosts } from './orderCosts'
import { manufacturingOrderDocument } from './orderDocument'
import type { OrderData } from './orderShape'

/**
 * Posts and reverses stock so an order's inventory matches its status, by the same rules and
 * ledger as executions, then writes its costs. The caller holds the order's row (it is saving).
 */
export async function bringOrderStockToStatus(
  req: PayloadRequest,
  order: OrderData & { id: number },
) {
  const workflow = await loadWorkflow(req)
  const doc = await manufacturingOrderDocument(req, order)
  await applyStatusInventory(req, doc, idOf(order.status), workflow)
  return writeOrderCosts(req, order)
}
