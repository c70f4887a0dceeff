import Big from 'big.js'

import { decimal } from '../../platform/rules/decimal'
import { isPhysical, type LocationInfo } from './movementRules'
import {
  type BalanceRow,
  type LotInfo,
  type PlanLine,
  planPosting,
  type PlanResult,
} from './planPosting'
/** Fixtures shared by the planner's unit and property specs. */

// ---------------------------------------------------------------------------------------------
// Fixtures

export const W = 1 // warehouse
export const F = 2 // production floor
export const S = 10 // virtual supplier
export const P = 11 // virtual production
export const L = 12 // virtual loss
export const A = 13 // virtual adjustment

export const locations: ReadonlyMap<number, LocationInfo> = new Map<number, LocationInfo>([
  [W, { id: W, kind: 'warehouse', name: 'Warehouse', role: null }],
  [F, { id: F, kind: 'production_floor', name: 'Floor', role: null }],
  [S, { id: S, kind: 'virtual', name: 'Suppliers', role: 'supplier' }],
  [P, { id: P, kind: 'virtual', name: 'Production', role: 'production' }],
  [L, { id: L, kind: 'virtual', name: 'Loss', role: 'loss' }],
  [A, { id: A, kind: 'virtual', name: 'Adjustments', role: 'adjustment' }],
])
export const physicalIds = [...locations.values()].filter(isPhysical).map((l) => l.id)

export const now = new Date('2025-06-01T12:00:00Z')
export const day = (n: number) => new Date(Date.UTC(2025, 0, 1 + n))
export const past = new Date('2025-05-01T00:00:00Z')
export const future = new Date('2025-12-31T00:00:00Z')

export const FLOUR = 1
export const SUGAR = 2
export const SALT = 3 // an item without lots

export const lotInfo = (
  id: number,
  item: number,
  receivedDay: number,
  unitCost: Big.BigSource,
  extra: Partial<LotInfo> = {},
): LotInfo => ({
  disposition: 'available',
  expiresAt: null,
  id,
  item,
  receivedAt: day(receivedDay),
  unitCost: decimal(unitCost),
  ...extra,
})

export const fixtureLots = new Map<number, LotInfo>(
  [
    lotInfo(101, FLOUR, 0, 2), // oldest usable
    lotInfo(102, FLOUR, 10, '3.5'), // newest usable
    lotInfo(103, FLOUR, 20, 4, { disposition: 'blocked' }), // newer still, but blocked
    lotInfo(104, FLOUR, -10, 5, { expiresAt: past }), // oldest of all, but expired
    lotInfo(105, FLOUR, 5, 6, { expiresAt: future }), // expires later: usable now
    lotInfo(201, SUGAR, 0, 7),
    lotInfo(202, SUGAR, 1, 8),
  ].map((lot) => [lot.id, lot]),
)

export const row = (
  item: number,
  location: number,
  lot: number,
  onHand: Big.BigSource,
  reserved: Big.BigSource = 0,
): BalanceRow => ({ item, location, lot, onHand: decimal(onHand), reserved: decimal(reserved) })

export const line = (
  fields: Partial<PlanLine> & Pick<PlanLine, 'from' | 'reason' | 'to'>,
): PlanLine => ({
  item: FLOUR,
  quantity: decimal(1),
  ...fields,
})

export const plan = (
  lines: PlanLine[],
  balances: BalanceRow[] = [],
  options: {
    allowsNegative?: (item: number) => boolean
    lots?: Map<number, LotInfo>
    at?: Date
  } = {},
): PlanResult =>
  planPosting({
    allowsNegative: options.allowsNegative ?? (() => false),
    balances,
    lines,
    locations,
    lots: options.lots ?? fixtureLots,
    now: options.at ?? now,
  })

/** Replaces every Big by its plain text, so results compare with toEqual. */
export const plain = (value: unknown): unknown => {
  if (value instanceof Big) return value.toFixed()
  if (value instanceof Date) return value.toISOString()
  if (Array.isArray(value)) return value.map(plain)
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]))
  return value
}

/** `lot from→to quantity @cost` per movement. */
export const moves = (result: PlanResult): string[] => {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(plain(result))}`)
  return result.movements.map(
    (m) => `${m.lot} ${m.from}→${m.to} ${m.quantity.toFixed()} @${m.unitCost.toFixed()}`,
  )
}

/** `item:location:lot onHand/reserved` per delta. */
export const deltasOf = (result: PlanResult): string[] => {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(plain(result))}`)
  return result.deltas.map(
    (d) => `${d.item}:${d.location}:${d.lot} ${d.onHand.toFixed()}/${d.reserved.toFixed()}`,
  )
}

// ---------------------------------------------------------------------------------------------
// Unit tests
