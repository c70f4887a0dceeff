import Big from 'big.js'
import type { PayloadRequest } from 'payload'

import { stockAt } from '../ledger'
import type { StockDeltas } from './transitionDeltas'

const zero = new Big(0)

export type StockChange = {
  availableAfter: string
  availableBefore: string
  item: { id: number; name: string; sku: string; unit: string }
  location: { id: number; name: string }
  onHandAfter: string
  onHandBefore: string
  /** Signed: negative leaves the location. */
  quantity: string
  /** The change would take available stock below zero where the policy refuses it. */
  shortage: boolean
}

/**
 * Each item's stock at each physical location before and after `deltas`, and the shortages: the
 * figures a preview shows. Available after counts the documents' reservations as they will be
 * (what is still to consume, as far as stock goes). Virtual locations are left out.
 */
export async function stockChanges(
  req: PayloadRequest,
  deltas: StockDeltas,
): Promise<{ changes: StockChange[]; shortages: { message: string; status: 409 }[] }> {
  const pairs = [...deltas.keys()].map((key) => key.split(':').map(Number) as [number, number])
  const stock = pairs.length ? await stockAt(req, pairs) : []
  const shortages: { message: string; status: 409 }[] = []
  const changes: StockChange[] = []
  for (const row of stock) {
    const { held, onHand: quantity, target } = deltas.get(`${row.item}:${row.location}`)!
    // What the documents may use: the available stock and what they hold reserved themselves.
    const usable = new Big(row.available).plus(held)
    const usableAfter = usable.plus(quantity)
    const reservedAfter = usableAfter.gt(0) ? (target.lt(usableAfter) ? target : usableAfter) : zero
    if (quantity.eq(0) && reservedAfter.eq(held)) continue
    const shortage = quantity.lt(0) && usableAfter.lt(0) && row.policy !== 'allow'
    changes.push({
      availableAfter: usableAfter.minus(reservedAfter).toFixed(),
      availableBefore: new Big(row.available).toFixed(),
      item: { id: row.item, name: row.name, sku: row.sku, unit: row.unit },
      location: { id: row.location, name: row.location_name },
      onHandAfter: new Big(row.on_hand).plus(quantity).toFixed(),
      onHandBefore: new Big(row.on_hand).toFixed(),
      quantity: quantity.toFixed(),
      shortage,
    })
    if (shortage)
      shortages.push({
        message: `${row.sku}: ${usable.toFixed()} ${row.unit} available at ${row.location_name}, ${quantity.neg().toFixed()} required`,
        status: 409,
      })
  }
  return { changes, shortages }
}
