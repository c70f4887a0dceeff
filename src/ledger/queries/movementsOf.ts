import type { PayloadRequest } from 'payload'

import { intArray, query, sql, transactionDb } from '../../platform/transactionDb'

export type MovementFacts = {
  from_id: number
  id: number
  item_id: number
  lot_id: number
  /** Exact decimals, as text. */
  quantity: string
  to_id: number
  unit_cost: string
}

/** The movements with these ids, by id, read exactly (numeric as text). */
export async function movementsByIds(
  req: PayloadRequest,
  ids: readonly number[],
): Promise<MovementFacts[]> {
  return query<MovementFacts>(
    await transactionDb(req),
    sql`select id, item_id, lot_id, from_id, to_id, quantity::text as quantity,
          unit_cost::text as unit_cost
        from stock_movements where id = any(${intArray(ids)}) order by id`,
  )
}

export type KeyedMovement = {
  id: number
  item_id: number
  lot_id: number
  posting_key: string
  quantity: string
  reason: string
  /** Another movement reverses it. */
  reversed: boolean
  source_line: null | string
  to_id: number
  unit_cost: string
}

/** A document's movements whose posting key starts with `prefix`, by id. */
export async function movementsUnder(
  req: PayloadRequest,
  source: { collection: string; id: number | string },
  prefix: string,
): Promise<KeyedMovement[]> {
  return query<KeyedMovement>(
    await transactionDb(req),
    sql`select m.id, m.item_id, m.lot_id, m.posting_key, m.quantity::text as quantity, m.reason::text as reason,
          m.source_line, m.to_id, m.unit_cost::text as unit_cost,
          exists (select 1 from stock_movements r where r.reverses_id = m.id) as reversed
        from stock_movements m
        where m.source_collection = ${source.collection} and m.source_id = ${String(source.id)}
          and left(m.posting_key, ${prefix.length}) = ${prefix}
        order by m.id`,
  )
}

export type Consumption = {
  id: number
  item: number
  line: string
  lot: number
  quantity: string
  /** What later postings under `returnsPrefix` produced back of the same line and lot. */
  returned: string
  unit_cost: string
}

/**
 * What the posting `key` consumed, per movement, latest first, and what postings whose key
 * starts with `returnsPrefix` returned of each movement's line and lot.
 */
export async function consumptionOf(
  req: PayloadRequest,
  key: string,
  returnsPrefix: string,
): Promise<Consumption[]> {
  return query<Consumption>(
    await transactionDb(req),
    sql`select m.id, m.item_id as item, m.source_line as line, m.lot_id as lot,
          m.quantity::text as quantity, m.unit_cost::text as unit_cost,
          coalesce((select sum(r.quantity) from stock_movements r
            where r.posting_key like ${`${returnsPrefix}%`} and r.reason = 'produce'
              and r.source_line = m.source_line and r.lot_id = m.lot_id), 0)::text as returned
        from stock_movements m
        where m.posting_key = ${key} and m.reason = 'consume'
        order by m.id desc`,
  )
}
