import type { PayloadRequest } from 'payload'

import { intArray, query, sql, transactionDb } from './transactionDb'

/**
 * Locks production documents' rows until the transaction ends, in id order. Every action that
 * writes several documents and posts their stock locks them all first, this way: documents by
 * id, then (in the ledger) items by id, then balances by item, location and lot. Two requests
 * over the same documents then queue instead of each holding one and waiting for the other.
 * FOR NO KEY UPDATE, because plain FOR UPDATE conflicts with the key-share locks that inserting
 * movements and postings takes on their foreign keys.
 */
export async function lockDocuments(
  req: PayloadRequest,
  table: 'executions' | 'manufacturing_orders',
  ids: readonly number[],
): Promise<void> {
  if (ids.length === 0) return
  await query(
    await transactionDb(req),
    sql`select id from ${sql.identifier(table)} where id = any(${intArray(ids)}) order by id for no key update`,
  )
}
