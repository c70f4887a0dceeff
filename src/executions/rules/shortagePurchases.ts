import { type Decimal, zero } from '../../platform/rules/decimal'
import { shortageOf } from './materialShortage'

/** What buying an item needs to know: its stock and who supplies it at what cost. */
export type PurchasableItem = {
  /** On hand less reservations, over every warehouse and floor. */
  available: Decimal
  standardCost: Decimal
  /** The primary supplier, or null when none is set. */
  supplier: null | number
}

export type PurchaseLine = { item: number; quantity: Decimal; unitCost: Decimal }

export type ShortagePurchases = {
  /** One draft order per supplier, suppliers by id, lines in the order of the needs. */
  orders: { lines: PurchaseLine[]; supplier: number }[]
  /** Items short that have no primary supplier to order them from. */
  unassigned: { item: number; quantity: Decimal }[]
}

/**
 * What to buy so the needs are covered: each item's need (summed when it appears several times)
 * beyond what is available, grouped by the item's primary supplier, at its standard cost.
 */
export function shortagePurchases(
  needs: readonly { item: number; required: Decimal }[],
  items: ReadonlyMap<number, PurchasableItem>,
): ShortagePurchases {
  const required = new Map<number, Decimal>()
  for (const need of needs)
    required.set(need.item, (required.get(need.item) ?? zero).plus(need.required))
  const bySupplier = new Map<number, PurchaseLine[]>()
  const unassigned: ShortagePurchases['unassigned'] = []
  for (const [item, quantity] of required) {
    const info = items.get(item)
    if (!info) throw new RangeError(`item ${item} is not known`)
    const shortage = shortageOf(quantity, info.available)
    if (shortage.lte(0)) continue
    if (info.supplier === null) {
      unassigned.push({ item, quantity: shortage })
      continue
    }
    const lines = bySupplier.get(info.supplier) ?? []
    lines.push({ item, quantity: shortage, unitCost: info.standardCost })
    bySupplier.set(info.supplier, lines)
  }
  const orders = [...bySupplier]
    .sort(([a], [b]) => a - b)
    .map(([supplier, lines]) => ({ lines, supplier }))
  return { orders, unassigned }
}
