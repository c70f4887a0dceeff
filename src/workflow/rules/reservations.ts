import Big from 'big.js'

import { type Decimal, minDecimal, zero } from '../../platform/rules/decimal'
import type { InventoryAction } from './planTransition'

/** What a document holds reserved in one lot. */
export type HeldReservation = { item: number; location: number; lot: number; quantity: Decimal }

/** Lines whose stock a document reserves until its rules consume it. */
const reservedActions: ReadonlySet<InventoryAction> = new Set([
  'deduct_materials',
  'deduct_products',
])

/**
 * What a production document should hold reserved, by item: every material or product line the
 * rules have not consumed (resource hours are capacity, not stock, and are never reserved).
 */
export function reservationTarget(
  lines: readonly { action: InventoryAction; id: string; item: number; quantity: Decimal }[],
  consumed: ReadonlySet<string>,
): Map<number, Decimal> {
  const target = new Map<number, Decimal>()
  for (const line of lines) {
    if (!reservedActions.has(line.action) || consumed.has(line.id)) continue
    target.set(line.item, (target.get(line.item) ?? zero).plus(line.quantity))
  }
  return target
}

export type ReservationChanges = {
  /** Lots to release, before anything is consumed. */
  release: HeldReservation[]
  /** More to reserve per item, after consumption, as far as available stock goes. */
  reserve: Map<number, Decimal>
}

/**
 * How to go from what is held to the target at `location`. Whatever is held elsewhere (the
 * document moved) is released. An item about to be consumed is released whole first, so the
 * consumption may take the very lots reserved for it, and what is still due is reserved again
 * afterwards; otherwise only the difference moves: an excess is released from the newest lots
 * first, a deficit is reserved anew.
 */
export function reservationChanges(
  held: readonly HeldReservation[],
  target: ReadonlyMap<number, Decimal>,
  consuming: ReadonlySet<number>,
  location: number,
): ReservationChanges {
  const release: HeldReservation[] = []
  const reserve = new Map<number, Decimal>()
  const heldByItem = new Map<number, HeldReservation[]>()
  for (const row of held) {
    if (row.quantity.lte(0)) continue
    if (row.location !== location) {
      release.push(row)
      continue
    }
    heldByItem.set(row.item, [...(heldByItem.get(row.item) ?? []), row])
  }
  const items = new Set([...heldByItem.keys(), ...target.keys()])
  for (const item of [...items].sort((a, b) => a - b)) {
    const rows = (heldByItem.get(item) ?? []).sort((a, b) => b.lot - a.lot)
    const holding = rows.reduce((total, row) => total.plus(row.quantity), zero)
    const wanted = target.get(item) ?? zero
    if (consuming.has(item)) {
      release.push(...rows)
      if (wanted.gt(0)) reserve.set(item, wanted)
    } else if (holding.gt(wanted)) {
      let excess = holding.minus(wanted)
      for (const row of rows) {
        if (excess.lte(0)) break
        const quantity = minDecimal(row.quantity, excess)
        release.push({ ...row, quantity })
        excess = excess.minus(quantity)
      }
    } else if (holding.lt(wanted)) {
      reserve.set(item, wanted.minus(holding))
    }
  }
  return { release, reserve }
}

/** What to reserve now: the wanted quantity, as far as the available stock goes. */
export const reservable = (wanted: Decimal, available: Decimal): Decimal =>
  available.gt(0) ? minDecimal(wanted, available) : new Big(0)
