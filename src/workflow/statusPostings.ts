import type { PayloadRequest } from 'payload'

import type { InventoryAction } from './rules/planTransition'
import { json, query, sql, transactionDb, intArray } from '../platform/transactionDb'

/** A line a document's status rules posted, with the movements that posted it. */
export type StatusPosting = {
  action: InventoryAction
  dueAt: number
  id: number
  item: number
  line: string
  movements: number[]
  postingKey: string
  quantity: string
  sku: string
}

export async function loadStatusPostings(
  req: PayloadRequest,
  collection: string,
  id: number,
): Promise<StatusPosting[]> {
  return query<StatusPosting>(
    await transactionDb(req),
    sql`select p.id, p.line, p.action::text as action, p.item_id as "item", i.sku,
          p.quantity::text as quantity, p.due_status_id as "dueAt", p.posting_key as "postingKey",
          coalesce((select array_agg(r.stock_movements_id order by r."order") from status_postings_rels r
                    where r.parent_id = p.id and r.path = 'movements'), '{}') as movements
        from status_postings p join items i on i.id = p.item_id
        where p.document_collection = ${collection} and p.document_id = ${id}
        order by p.id`,
  )
}

export async function insertStatusPostings(
  req: PayloadRequest,
  collection: string,
  id: number,
  rows: Omit<StatusPosting, 'id' | 'sku'>[],
): Promise<void> {
  if (rows.length === 0) return
  await query(
    await transactionDb(req),
    // The movements go to the relationship's table, whose foreign keys name real movements.
    sql`with r as (
          select * from jsonb_to_recordset(${json(rows)}) as r(line text, action text, item int,
            quantity numeric, "dueAt" int, "postingKey" text, movements jsonb)
        ), inserted as (
          insert into status_postings (document_collection, document_id, line, action, item_id, quantity,
            due_status_id, posting_key, updated_at, created_at)
          select ${collection}, ${id}, r.line, r.action::enum_status_postings_action, r.item, r.quantity,
            r."dueAt", r."postingKey", now(), now()
          from r
          returning id, line, posting_key
        )
        insert into status_postings_rels ("order", parent_id, path, stock_movements_id)
        select m.n, inserted.id, 'movements', m.id::int
        from inserted join r on r.line = inserted.line and r."postingKey" = inserted.posting_key
          cross join lateral jsonb_array_elements_text(r.movements) with ordinality as m(id, n)`,
  )
}

export async function deleteStatusPostings(req: PayloadRequest, ids: number[]): Promise<void> {
  if (ids.length === 0) return
  await query(
    await transactionDb(req),
    sql`delete from status_postings where id = any(${intArray(ids)})`,
  )
}
