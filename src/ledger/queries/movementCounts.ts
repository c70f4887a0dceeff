import type { PayloadRequest } from 'payload'

import { query, sql, transactionDb } from '../../platform/transactionDb'
import type { MovementReason } from '../rules/movementRules'

type Source = { collection: string; id: number | string }

/**
 * How many movements a document posted (of these reasons, when given): a fresh event number for
 * its next posting's key, or whether anything was moved for it at all.
 */
export async function movementCountOf(
  req: PayloadRequest,
  source: Source,
  reasons?: readonly MovementReason[],
): Promise<number> {
  const [row] = await query<{ n: number }>(
    await transactionDb(req),
    sql`select count(*)::int as n from stock_movements
        where source_collection = ${source.collection} and source_id = ${String(source.id)}${
          reasons
            ? sql` and reason in (${sql.join(
                reasons.map((reason) => sql`${reason}`),
                sql`, `,
              )})`
            : sql``
        }`,
  )
  return row?.n ?? 0
}

/** How many postings have a key starting with `prefix`: the ordinal of the next such posting. */
export async function postingCountUnder(req: PayloadRequest, prefix: string): Promise<number> {
  const [row] = await query<{ n: number }>(
    await transactionDb(req),
    sql`select count(distinct posting_key)::int as n from stock_movements
        where posting_key like ${`${prefix}%`}`,
  )
  return row?.n ?? 0
}
