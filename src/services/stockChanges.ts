import Big from 'big.js'
import type { PayloadRequest } from 'payload'

import { intArray, query, sql, transactionDb } from '../ledger/transactionDb'
import type { StockDeltas } from './transitionDeltas'

type StockRow = {
  available: string
  item: number
  location: number
  location_name: string
  name: string
  on_hand: string
  policy: string
  sku: string
  unit: string
}

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
 * figures a preview shows. Virtual locations are the ledger's other side and are left out.
 */
export async function stockChanges(
  req: PayloadRequest,
  deltas: StockDeltas,
): Promise<{ changes: StockChange[]; shortages: { message: string; status: 409 }[] }> {
  const pairs = [...deltas.keys()].map((key) => key.split(':').map(Number) as [number, number])
  const stock = pairs.length
    ? await query<StockRow>(
        await transactionDb(req),
        sql`select i.id as item, l.id as location, l.name as location_name, i.sku, i.name, i.unit,
              coalesce(sum(b.on_hand), 0)::text as on_hand, coalesce(sum(b.available), 0)::text as available,
              case when coalesce(i.negative_stock::text, 'inherit') = 'inherit'
                then (select negative_stock_policy::text from production_settings limit 1)
                else i.negative_stock::text end as policy
            from unnest(${intArray(pairs.map(([item]) => item))}, ${intArray(pairs.map(([, location]) => location))}) as p(item, location)
            join items i on i.id = p.item
            join locations l on l.id = p.location and l.kind <> 'virtual'
            left join stock_balances b on b.item_id = i.id and b.location_id = l.id
            group by i.id, l.id order by i.sku, l.name`,
      )
    : []
  const changes: StockChange[] = stock.map((row) => {
    const quantity = deltas.get(`${row.item}:${row.location}`)!
    const availableAfter = new Big(row.available).plus(quantity)
    return {
      availableAfter: availableAfter.toFixed(),
      availableBefore: new Big(row.available).toFixed(),
      item: { id: row.item, name: row.name, sku: row.sku, unit: row.unit },
      location: { id: row.location, name: row.location_name },
      onHandAfter: new Big(row.on_hand).plus(quantity).toFixed(),
      onHandBefore: new Big(row.on_hand).toFixed(),
      quantity: quantity.toFixed(),
      shortage: quantity.lt(0) && availableAfter.lt(0) && row.policy !== 'allow',
    }
  })
  const shortages = changes
    .filter((c) => c.shortage)
    .map((change) => ({
      message: `${change.item.sku}: ${change.availableBefore} ${change.item.unit} available at ${change.location.name}, ${new Big(change.quantity).neg().toFixed()} required`,
      status: 409 as const,
    }))
  return { changes, shortages }
}
