import type { PayloadRequest } from 'payload'

import type { Decimal } from '../platform/rules/decimal'
import type { DocumentNeeds } from '../shortages/rules/locationShortages'
import { decimal } from '../platform/rules/decimal'
import { locationShortages } from '../shortages/rules/locationShortages'
import { shortageStock } from '../shortages/shortageStock'
import { reservationsOf } from '../ledger'
import { intArray, query, sql, transactionDb } from '../platform/transactionDb'
import { startOf } from './rules/dashboardWindow'
import type { Floors } from './dashboardCounts'

/** One material a floor cannot cover from its own stock, and how the rest can come. */
export type FloorShortage = {
  floor: number
  item: number
  /** Executions on the floor that still need it. */
  executions: number
  needed: Decimal
  onFloor: Decimal
  /** What the floor lacks: needed less what it has. */
  missing: Decimal
  /** What the store (the warehouses) can issue of what is missing. */
  issuable: Decimal
  /** What open purchase orders bring of the rest. */
  incoming: Decimal
  /** What nothing covers: to buy. */
  short: Decimal
}

type NeedRow = { executions: number; floor: number; item: number; quantity: string }

/**
 * What the floors cannot cover of the materials their executions still need, up to the window's
 * last day (late ones included): the bought requirements of executions in a status before the
 * one that consumes materials, added up per floor and item in SQL, set against the stock as the
 * shortages' own reckoning does (see locationShortages): what these executions hold reserved and
 * what is available on each floor first, then the warehouses, then open purchase orders.
 */
export async function floorShortages(
  req: PayloadRequest,
  args: { floors: Floors; statuses: readonly number[]; to: string },
): Promise<FloorShortage[]> {
  if (args.statuses.length === 0 || args.floors?.length === 0) return []
  const db = await transactionDb(req)
  const scope = sql`e.production_date < ${startOf(args.to)}
      and e.status_id = any(${intArray(args.statuses)})
      ${args.floors === null ? sql`` : sql`and e.production_floor_id = any(${intArray(args.floors)})`}`
  const rows = await query<NeedRow>(
    db,
    sql`select e.production_floor_id as floor, r.item_id as item,
          sum(r.required_quantity)::text as quantity, count(distinct e.id)::int as executions
        from executions e join executions_requirements r on r._parent_id = e.id
        where r.kind = 'supplied' and ${scope}
        group by 1, 2`,
  )
  if (rows.length === 0) return []
  const ids = await query<{ id: number }>(db, sql`select e.id from executions e where ${scope}`)
  const held = await reservationsOf(
    req,
    'executions',
    ids.map((row) => row.id),
  )
  const floors = [...new Set(rows.map((row) => row.floor))]
  const needs: DocumentNeeds[] = floors.map((floor) => {
    const mine = rows.filter((row) => row.floor === floor)
    const reserved = new Map<number, Decimal>()
    for (const r of held.filter((r) => r.location === floor))
      reserved.set(r.item, (reserved.get(r.item) ?? decimal(0)).plus(r.quantity))
    return {
      held: reserved,
      key: String(floor),
      location: floor,
      required: new Map(mine.map((row) => [row.item, decimal(row.quantity)])),
    }
  })
  const items = [...new Set(rows.map((row) => row.item))]
  const { documents } = locationShortages(needs, await shortageStock(req, items, floors))
  const count = new Map(rows.map((row) => [`${row.floor}:${row.item}`, row.executions]))
  return documents
    .filter((row) => row.onFloor.lt(row.needed))
    .map((row) => ({
      executions: count.get(`${row.location}:${row.item}`) ?? 0,
      floor: row.location,
      incoming: row.incoming,
      issuable: row.issuable,
      item: row.item,
      missing: row.needed.minus(row.onFloor),
      needed: row.needed,
      onFloor: row.onFloor,
      short: row.short,
    }))
}
