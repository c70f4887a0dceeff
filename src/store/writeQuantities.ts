import type { PayloadRequest } from 'payload'

import type { Trolley } from '../payload-types'
import { json, query, sql, transactionDb } from '../platform/transactionDb'
import { type Requisition, withTotals } from './requisitions'

// What production consumed is written onto requisitions and trolleys while an execution's save
// holds its row. Payload's update writes every relationship row of a document again, and each
// insert key-share locks the execution it names, which a concurrent status change of that other
// execution holds: plain SQL on the quantity columns writes no relationship row.

/** Writes a requisition's quantities (its lots' and lines' totals) and state, rows as they are. */
export async function writeRequisitionQuantities(
  req: PayloadRequest,
  requisition: Requisition,
): Promise<Requisition> {
  const { lines, state } = withTotals(requisition, requisition.state === 'cancelled')
  const db = await transactionDb(req)
  const lots = lines.flatMap((line) =>
    (line.lots ?? []).map((row) => ({
      consumed: row.consumed ?? 0,
      id: row.id,
      staged: row.staged ?? 0,
    })),
  )
  await query(
    db,
    sql`update material_requisitions_lines_lots r set consumed = v.consumed, staged = v.staged
        from jsonb_to_recordset(${json(lots)}) as v(id text, consumed numeric, staged numeric)
        where r.id = v.id`,
  )
  const totals = lines.map((line) => ({
    consumed: line.consumedQuantity,
    id: line.id,
    staged: line.stagedQuantity,
  }))
  await query(
    db,
    sql`update material_requisitions_lines l
        set consumed_quantity = v.consumed, staged_quantity = v.staged
        from jsonb_to_recordset(${json(totals)}) as v(id text, consumed numeric, staged numeric)
        where l.id = v.id`,
  )
  await query(
    db,
    sql`update material_requisitions
        set state = ${state}::enum_material_requisitions_state, updated_at = now()
        where id = ${requisition.id}`,
  )
  return { ...requisition, lines, state }
}

/** Writes a trolley's lines (those left, with their quantities) and state, rows as they are. */
export async function writeTrolleyLines(
  req: PayloadRequest,
  trolley: number,
  after: { lines: NonNullable<Trolley['lines']>; state: Trolley['state'] },
): Promise<void> {
  const db = await transactionDb(req)
  const kept = after.lines.map((line) => ({ id: line.id, quantity: line.quantity }))
  await query(
    db,
    sql`delete from trolleys_lines where _parent_id = ${trolley}
          and id not in (select v.id from jsonb_to_recordset(${json(kept)}) as v(id text))`,
  )
  await query(
    db,
    sql`update trolleys_lines t set quantity = v.quantity
        from jsonb_to_recordset(${json(kept)}) as v(id text, quantity numeric)
        where t.id = v.id and t._parent_id = ${trolley}`,
  )
  await query(
    db,
    sql`update trolleys set state = ${after.state}::enum_trolleys_state, updated_at = now()
        where id = ${trolley}`,
  )
}
