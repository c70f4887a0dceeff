import type { PayloadRequest } from 'payload'

import { conflict, invalid } from '../platform/errors'
import { inTransaction } from '../platform/inTransaction'
import { post } from './post'
import type { PostingLineInput, PostingResult } from './postingTypes'
import { intArray, query, sql, transactionDb } from '../platform/transactionDb'

export type Reversal = {
  /** Idempotency key of the reversal itself. */
  key: string
  /** The posting to undo, whole… */
  postingKey?: string
  /** …or these movements. */
  movements?: number[]
  source?: { collection: string; id: number | string }
}

type Original = {
  from_id: number
  id: number
  item_id: number
  lot_id: number
  quantity: string
  reason: string
  reversed_by: null | number
  source_line: null | string
  to_id: number
  unit_cost: string
}

/**
 * Posts the mirror of movements: same item, lot, quantity and unit cost, from and to swapped
 * (a reservation is undone by a release and back). Each movement can be reversed once. Runs in
 * the request's transaction, or in one of its own when the request has none.
 */
export function reverse(req: PayloadRequest, reversal: Reversal): Promise<PostingResult> {
  return inTransaction(req, () => reverseInTransaction(req, reversal))
}

async function reverseInTransaction(
  req: PayloadRequest,
  reversal: Reversal,
): Promise<PostingResult> {
  if (!reversal.postingKey && !reversal.movements?.length)
    throw invalid('movements', 'name the movements or the posting to reverse')
  const db = await transactionDb(req)
  const originals = await query<Original>(
    db,
    sql`select m.id, m.item_id, m.lot_id, m.quantity::text as quantity, m.from_id, m.to_id, m.unit_cost::text as unit_cost,
          m.reason::text as reason, m.source_line, r.id as reversed_by
        from stock_movements m left join stock_movements r on r.reverses_id = m.id
        where ${reversal.postingKey ? sql`m.posting_key = ${reversal.postingKey}` : sql`m.id = any(${intArray(reversal.movements ?? [])})`}
        order by m.id`,
  )
  if (originals.length === 0)
    throw invalid(reversal.postingKey ? 'postingKey' : 'movements', 'no such movements')
  const missing = (reversal.movements ?? []).filter((id) => !originals.some((o) => o.id === id))
  if (missing.length) throw invalid('movements', `no movement with id ${missing.join(', ')}`)
  // A replay of this very reversal is answered by post(); anything else reversed before is refused.
  const [replay] = await query<{ n: number }>(
    db,
    sql`select count(*)::int as n from stock_movements where posting_key = ${reversal.key}`,
  )
  const already = originals.find((o) => o.reversed_by !== null)
  if (already && !replay?.n)
    throw conflict(
      `Movement ${already.id} was already reversed by movement ${already.reversed_by}.`,
    )
  const lines: PostingLineInput[] = originals.map((o) => ({
    from: o.reason === 'reserve' || o.reason === 'release' ? o.from_id : o.to_id,
    item: o.item_id,
    lot: o.lot_id,
    quantity: o.quantity,
    reason: o.reason === 'reserve' ? 'release' : o.reason === 'release' ? 'reserve' : 'reverse',
    reverses: o.id,
    sourceLine: o.source_line ?? undefined,
    to: o.reason === 'reserve' || o.reason === 'release' ? o.to_id : o.from_id,
    unitCost: o.unit_cost,
  }))
  return post(req, { key: reversal.key, lines, source: reversal.source })
}
