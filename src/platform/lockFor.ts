import type { PayloadRequest } from 'payload'

import { query, sql, transactionDb } from './transactionDb'

/**
 * Holds a Postgres advisory lock named `key` until the request's transaction ends: requests that
 * read and then write on the same thing take turns, on one app server or many.
 */
export async function lockFor(req: PayloadRequest, key: string): Promise<void> {
  await query(
    await transactionDb(req),
    sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`,
  )
}
