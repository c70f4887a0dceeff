import type { PayloadRequest } from 'payload'

import { movementCountOf } from '../ledger'
import { completedOutput, type OrderData } from './orderShape'
import { decimalOf } from '../platform/rules/decimal'

/**
 * Whether production on an order has begun: something consumed or produced for it (by its rules
 * or by recorded output), or anything picked. Its plan is then fixed.
 */
export async function orderStarted(req: PayloadRequest, order: OrderData): Promise<boolean> {
  if (!order.id) return false
  if (completedOutput(order).gt(0)) return true
  if ((order.ingredients ?? []).some((row) => decimalOf(row.pickedQuantity).gt(0))) return true
  const source = { collection: 'manufacturing-orders', id: order.id }
  return (await movementCountOf(req, source, ['consume', 'produce'])) > 0
}
