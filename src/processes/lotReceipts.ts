import type { PayloadRequest } from 'payload'

import { intArray, query, sql, transactionDb } from '../platform/transactionDb'

/** When each lot was received: the order FIFO and LIFO take them in. */
export async function lotReceipts(
  req: PayloadRequest,
  lots: readonly number[],
): Promise<Map<number, Date>> {
  if (lots.length === 0) return new Map()
  const rows = await query<{ id: number; received_at: Date | string }>(
    await transactionDb(req),
    sql`select id, received_at from lots where id = any(${intArray([...new Set(lots)])})`,
  )
  return new Map(rows.map((row) => [row.id, new Date(row.received_at)]))
}
