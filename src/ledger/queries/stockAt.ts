import type { PayloadRequest } from 'payload'

import { intArray, query, sql, transactionDb } from '../../platform/transactionDb'

export type StockRow = {
  available: string
  item: number
  location: number
  location_name: string
  name: string
  on_hand: string
  /** The negative stock policy that applies to the item: its own, else the settings'. */
  policy: string
  sku: string
  unit: string
}

/**
 * Each item's stock at each location of `pairs` (`[item, location]`), physical locations only,
 * with the item's facts and its negative stock policy, by SKU and location name.
 */
export async function stockAt(
  req: PayloadRequest,
  pairs: readonly (readonly [number, number])[],
): Promise<StockRow[]> {
  return query<StockRow>(
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
}
