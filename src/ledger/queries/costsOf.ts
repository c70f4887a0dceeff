import type { PayloadRequest } from 'payload'

import { intArray, query, sql, transactionDb } from '../../platform/transactionDb'

/**
 * Each item's last purchase cost: the unit cost on the purchase order line of its latest receipt
 * that no movement reverses (and that reverses nothing).
 */
export async function lastReceiptCosts(
  req: PayloadRequest,
  items: readonly number[],
): Promise<{ item: number; unit_cost: string }[]> {
  return query<{ item: number; unit_cost: string }>(
    await transactionDb(req),
    sql`select distinct on (m.item_id) m.item_id as item, pl.unit_cost::text as unit_cost
          from stock_movements m
          join purchase_orders_lines pl on pl.id = m.source_line
          where m.item_id = any(${intArray(items)}) and m.reason = 'receipt'
            and m.source_collection = 'purchase-orders' and m.reverses_id is null
            and not exists (select 1 from stock_movements r where r.reverses_id = m.id)
          order by m.item_id, m.posted_at desc, m.id desc`,
  )
}

/**
 * The cost of what a document's status postings of these actions consumed and still hold
 * consumed (their consume movements that nothing reverses).
 */
export async function consumedByStatusPostings(
  req: PayloadRequest,
  doc: { collection: string; id: number },
  actions: readonly string[],
): Promise<string> {
  const [row] = await query<{ cost: string }>(
    await transactionDb(req),
    sql`select coalesce(sum(m.quantity * m.unit_cost), 0)::text as cost
        from status_postings p
        join status_postings_rels r on r.parent_id = p.id and r.path = 'movements'
        join stock_movements m on m.id = r.stock_movements_id
        where p.document_collection = ${doc.collection} and p.document_id = ${doc.id}
          and p.action::text = any(${`{${actions.join(',')}}`}::text[])
          and m.reason = 'consume'
          and not exists (select 1 from stock_movements x where x.reverses_id = m.id)`,
  )
  return row?.cost ?? '0'
}
