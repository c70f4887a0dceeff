import Big from 'big.js'

import type { LotInfo } from './rules/planPosting'
import { checkSides, type LocationInfo } from './rules/movementRules'
import { invalid } from '../platform/errors'
import { intArray, query, sql, type Db } from '../platform/transactionDb'
import type { ValidLine } from './validatePosting'

export type ItemInfo = {
  id: number
  lotStrategy: string
  name: string
  negativeStock: string
  sku: string
}

export type PostingContext = {
  items: Map<number, ItemInfo>
  locations: Map<number, LocationInfo>
  policy: 'allow' | 'refuse'
}

const unique = (values: number[]) => [...new Set(values)]

/**
 * Locks the posting's items, in id order: an item row always exists, so it serializes postings
 * of one item even when the balance rows they will create do not exist yet (locking only
 * balance rows would let two postings lock a row one of them is about to create, in opposite
 * orders). Loads the locations and checks every reference, naming the line:
 * unknown ids, a lot of another item, a location on the wrong side of its movement.
 */
export async function loadContext(db: Db, lines: ValidLine[]): Promise<PostingContext> {
  const items = await lockItems(db, lines)
  const { locations, policy } = await loadLocations(db, lines)
  checkReferences(lines, items, locations, await loadNamedLots(db, lines))
  return { items, locations, policy }
}

/** Locks the lines' items in id order and reads what a posting needs of them. */
async function lockItems(db: Db, lines: ValidLine[]): Promise<PostingContext['items']> {
  const itemRows = await query<{
    id: number
    lot_strategy: string
    name: string
    negative_stock: string
    sku: string
  }>(
    db,
    sql`select id, sku, name, coalesce(lot_strategy::text, 'fifo') as lot_strategy, coalesce(negative_stock::text, 'inherit') as negative_stock
        from items where id = any(${intArray(unique(lines.map((l) => l.item)))})
        order by id
        for no key update`,
  )
  return new Map(
    itemRows.map((r) => [
      r.id,
      {
        id: r.id,
        lotStrategy: r.lot_strategy,
        name: r.name,
        negativeStock: r.negative_stock,
        sku: r.sku,
      },
    ]),
  )
}

async function loadLocations(db: Db, lines: ValidLine[]) {
  // The locations and the negative-stock policy in one round trip: always one row at least (the
  // policy's), with a null location when none matched.
  const locationRows = await query<{
    id: null | number
    kind: LocationInfo['kind']
    name: string
    policy: 'allow' | 'refuse' | null
    role: LocationInfo['role']
  }>(
    db,
    sql`select l.id, l.name, l.kind::text as kind, l.virtual_role::text as role, s.policy
        from (select 1) as one
        left join locations l on l.id = any(${intArray(unique(lines.flatMap((l) => [l.from, l.to])))})
        left join lateral (
          select negative_stock_policy::text as policy from production_settings limit 1
        ) s on true`,
  )
  const locations = new Map(
    locationRows.flatMap((r) =>
      r.id === null ? [] : [[r.id, { id: r.id, kind: r.kind, name: r.name, role: r.role }]],
    ),
  )
  return { locations, policy: locationRows[0]?.policy ?? 'refuse' }
}

/** The lots the lines name, with their item. */
async function loadNamedLots(db: Db, lines: ValidLine[]) {
  const named = unique(
    lines.flatMap((l) => [...(l.lot ? [l.lot] : []), ...(l.lots ?? []).map((entry) => entry.lot)]),
  )
  const lotRows = named.length
    ? await query<{ code: string; id: number; item_id: number; sku: string }>(
        db,
        sql`select l.id, l.code, l.item_id, i.sku from lots l join items i on i.id = l.item_id
            where l.id = any(${intArray(named)})`,
      )
    : []
  return new Map(lotRows.map((r) => [r.id, r]))
}

/**
 * Every reference resolves, naming the line: the item, both locations (each on the right side
 * of its movement), and each named lot, of the line's item.
 */
function checkReferences(
  lines: ValidLine[],
  items: PostingContext['items'],
  locations: PostingContext['locations'],
  lots: Awaited<ReturnType<typeof loadNamedLots>>,
) {
  lines.forEach((line, index) => {
    const at = (field: string) => `lines[${index}].${field}`
    const item = items.get(line.item)
    if (!item) throw invalid(at('item'), `no item with id ${line.item}`)
    const from = locations.get(line.from)
    if (!from) throw invalid(at('from'), `no location with id ${line.from}`)
    const to = locations.get(line.to)
    if (!to) throw invalid(at('to'), `no location with id ${line.to}`)
    const sides = checkSides(line.reason, from, to)
    if (sides) throw invalid(at(sides.field), sides.message)
    const namedHere = [
      ...(line.lot ? [[line.lot, 'lot'] as const] : []),
      ...(line.lots ?? []).map((e, n) => [e.lot, `lots[${n}].lot`] as const),
    ]
    for (const [lotId, field] of namedHere) {
      const lot = lots.get(lotId)
      if (!lot) throw invalid(at(field), `no lot with id ${lotId}`)
      if (lot.item_id !== line.item) {
        throw invalid(at(field), `lot ${lot.code} belongs to item ${lot.sku}, not ${item.sku}`)
      }
    }
  })
}

/** Lot facts the planner needs, for every lot that balances or lines mention. */
export async function loadLots(db: Db, ids: number[]): Promise<Map<number, LotInfo>> {
  if (ids.length === 0) return new Map()
  const rows = await query<{
    disposition: 'available' | 'blocked'
    expires_at: null | string
    id: number
    item_id: number
    received_at: string
    unit_cost: null | string
  }>(
    db,
    sql`select id, item_id, received_at, expires_at, disposition::text as disposition, unit_cost::text as unit_cost
        from lots where id = any(${intArray(unique(ids))})`,
  )
  return new Map(
    rows.map((r) => [
      r.id,
      {
        disposition: r.disposition,
        expiresAt: r.expires_at ? new Date(r.expires_at) : null,
        id: r.id,
        item: r.item_id,
        receivedAt: new Date(r.received_at),
        unitCost: new Big(r.unit_cost ?? 0),
      },
    ]),
  )
}
