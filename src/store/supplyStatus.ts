import Big from 'big.js'
import type { PayloadRequest } from 'payload'

import { idOf } from '../platform/idOf'
import { intArray, json, query, sql, transactionDb } from '../platform/transactionDb'
import { type Decimal, decimalOf, sum, zero } from '../platform/rules/decimal'
import { shareOut, supplyStatusOf } from './rules/requisitionLines'
import { type LotColumns } from './rules/requisitionLots'
import { countingRequisitions, findRequisitions, lotQuantity } from './requisitions'

type Progress = { issued: Decimal; picked: Decimal; requested: Decimal; staged: Decimal }

/**
 * How far one lot of a line got, less what came back: consumed on the floor counts as far as the
 * trolley, since it left the trolley (or the floor) only to be made into something.
 */
const lotProgress = (row: LotColumns, field: 'issued' | 'picked' | 'staged'): Decimal =>
  field === 'staged'
    ? lotQuantity(row, 'staged').plus(lotQuantity(row, 'consumed'))
    : lotQuantity(row, field).minus(lotQuantity(row, 'returned'))

/**
 * What the store has done for each requirement (by execution and requirement row id), from the
 * requisitions that serve it: each line's quantities shared out over its links, first link first.
 * Cancelled and fully returned requisitions ask nothing any more; returned stock is back in store,
 * and a consumed requisition asks only what it issued and did not take back.
 */
export async function supplyProgress(
  req: PayloadRequest,
  executions: readonly number[],
): Promise<Map<string, Progress>> {
  const progress = new Map<string, Progress>()
  if (executions.length === 0) return progress
  const docs = await findRequisitions(req, {
    and: [{ executions: { in: [...executions] } }, countingRequisitions],
  })
  for (const requisition of docs) {
    // A closed requisition asks no more than it gave: what came back is for a new one to ask.
    const closed = requisition.state === 'consumed'
    for (const line of requisition.lines ?? []) {
      const links = (line.links ?? []).map((link) => ({
        key: `${idOf(link.execution)}:${link.requirement}`,
        quantity: decimalOf(link.quantity),
      }))
      const net = (field: 'issued' | 'picked' | 'staged') =>
        sum((line.lots ?? []).map((row) => lotProgress(row, field)))
      const shares = {
        issued: shareOut(net('issued'), links),
        picked: shareOut(net('picked'), links),
        staged: shareOut(net('staged'), links),
      }
      links.forEach((link, i) => {
        const was = progress.get(link.key) ?? {
          issued: zero,
          picked: zero,
          requested: zero,
          staged: zero,
        }
        progress.set(link.key, {
          issued: was.issued.plus(shares.issued[i]!),
          picked: was.picked.plus(shares.picked[i]!),
          requested: was.requested.plus(closed ? shares.issued[i]! : link.quantity),
          staged: was.staged.plus(shares.staged[i]!),
        })
      })
    }
  }
  return progress
}

/**
 * Writes each supplied requirement's supply status and detail from the requisitions: the only
 * writer of those fields (the executions' own saves keep what is stored). Plain SQL on the
 * requirement rows, so that a locked, completed execution still shows what was returned.
 */
export async function refreshSupplyStatus(
  req: PayloadRequest,
  executions: readonly number[],
): Promise<void> {
  if (executions.length === 0) return
  const progress = await supplyProgress(req, executions)
  const db = await transactionDb(req)
  const rows = await query<{ execution: number; id: string; required: string }>(
    db,
    sql`select _parent_id as execution, id, required_quantity::text as required
        from executions_requirements
        where _parent_id = any(${intArray([...executions])}) and kind = 'supplied'
        order by _parent_id, _order`,
  )
  const statuses = rows.map((row) => {
    const done = progress.get(`${row.execution}:${row.id}`)
    const { detail, status } = supplyStatusOf({
      issued: done?.issued ?? zero,
      picked: done?.picked ?? zero,
      requested: done?.requested ?? zero,
      required: new Big(row.required),
      staged: done?.staged ?? zero,
    })
    return { detail: detail || null, execution: row.execution, id: row.id, status }
  })
  if (statuses.length === 0) return
  // One statement for every requirement the executions have, however many.
  await query(
    db,
    sql`update executions_requirements r
        set supply_status = v.status::enum_executions_requirements_supply_status,
            supply_detail = v.detail
        from jsonb_to_recordset(${json(statuses)})
          as v(id text, execution int, status text, detail text)
        where r.id = v.id and r._parent_id = v.execution`,
  )
}
