import type { PayloadRequest } from 'payload'

import { query, sql, transactionDb } from '../platform/transactionDb'
import { completedOutput, decimalOf, type OrderData } from './orderShape'

/**
 * Whether production on an order has begun: something consumed or produced for it (by its rules
 * or by recorded output), or anything picked. Its plan is then fixed.
 */
export async function orderStarted(req: PayloadRequest, order: OrderData): Promise<boolean> {
  if (!order.id) return false
  if (completedOutput(order).gt(0)) return true
  if ((order.ingredients ?? []).some((row) => decimalOf(row.pickedQuantity).gt(0))) return true
  const [row] = await query<{ n: number }>(
    await transactionDb(req),
    sql`select count(*)::int as n from stock_movements
        where source_collection = 'manufacturing-orders' and source_id = ${String(order.id)}
          and reason in ('consume', 'produce')`,
  )
  return (row?.n ?? 0) > 0
}
