import type { Decimal } from '../../platform/rules/decimal'

/** A line the user chose to buy: the item, from whom, how much. */
export type ChosenLine = { item: number; quantity: Decimal; supplier: number }

export type PurchaseLine = { item: number; quantity: Decimal; unitCost: Decimal }

/** One draft order per supplier. */
export type DraftOrder = { lines: PurchaseLine[]; supplier: number }

/**
 * The draft orders for the chosen lines: one per supplier, suppliers in the order they first
 * appear, each with its lines in the order given at the item's unit cost; an item chosen twice
 * from the same supplier is one line of the summed quantity.
 */
export function draftOrders(
  lines: readonly ChosenLine[],
  unitCost: (item: number) => Decimal,
): DraftOrder[] {
  const orders = new Map<number, PurchaseLine[]>()
  for (const line of lines) {
    const order = orders.get(line.supplier) ?? []
    const same = order.find((l) => l.item === line.item)
    if (same) same.quantity = same.quantity.plus(line.quantity)
    else order.push({ item: line.item, quantity: line.quantity, unitCost: unitCost(line.item) })
    orders.set(line.supplier, order)
  }
  return [...orders].map(([supplier, orderLines]) => ({ lines: orderLines, supplier }))
}
