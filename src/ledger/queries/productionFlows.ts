import type { PayloadRequest } from 'payload'

import { intArray, query, sql, transactionDb } from '../../platform/transactionDb'

/**
 * A movement into or out of production, not reversed: `in` took a lot into production
 * (consume), `out` brought one out (produce, or the scrap of a stage). `event` names the
 * document the movement was posted for (`executions:12`), or its posting when it has none.
 */
export type ProductionFlow = {
  event: string
  item: number
  lot: number
  quantity: string
  side: 'in' | 'out'
}

const flowColumns = sql`coalesce(m.source_collection || ':' || m.source_id, 'posting:' || m.posting_key) as event,
  m.item_id as item, m.lot_id as lot, m.quantity::text as quantity,
  case when m.reason = 'consume' then 'in' else 'out' end as side`

const standing = sql`m.reason in ('consume', 'produce', 'scrap')
  and not exists (select 1 from stock_movements r where r.reverses_id = m.id)`

/**
 * Every production flow of the documents that moved `lots` on `side` (made them: `out`; used
 * them: `in`), both sides of each such document, so that what a document gave back nets out.
 * Each document's movements are read through the source and posting-key indexes, one branch
 * each: an OR of the two would scan every production movement of the ledger.
 */
export async function flowsOfDocumentsMoving(
  req: PayloadRequest,
  lots: readonly number[],
  side: 'in' | 'out',
): Promise<ProductionFlow[]> {
  const reasons = side === 'in' ? sql`('consume')` : sql`('produce', 'scrap')`
  return query<ProductionFlow>(
    await transactionDb(req),
    sql`with documents as (
          select distinct m.source_collection, m.source_id, m.posting_key
          from stock_movements m
          where m.lot_id = any(${intArray(lots)}) and m.reason in ${reasons}
        ), moved as (
          select m.* from documents d
          join stock_movements m
            on m.source_id = d.source_id and m.source_collection = d.source_collection
          where d.source_collection is not null
          union all
          select m.* from documents d
          join stock_movements m on m.posting_key = d.posting_key and m.source_collection is null
          where d.source_collection is null
        )
        select ${flowColumns}
        from moved m
        where ${standing}
        order by m.id`,
  )
}

/** Where each of `lots` is on hand now, per physical location. */
export async function lotsOnHandByLocation(
  req: PayloadRequest,
  lots: readonly number[],
): Promise<{ location: number; lot: number; on_hand: string; reserved: string }[]> {
  return query(
    await transactionDb(req),
    sql`select b.lot_id as lot, b.location_id as location, b.on_hand::text as on_hand,
          b.reserved::text as reserved
        from stock_balances b join locations l on l.id = b.location_id
        where b.lot_id = any(${intArray(lots)}) and b.on_hand > 0 and l.kind <> 'virtual'
        order by b.lot_id, b.location_id`,
  )
}
