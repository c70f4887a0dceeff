import Big from 'big.js'
import type { PayloadRequest } from 'payload'

import { floorKey, type ShortageStock } from './rules/locationShortages'
import { pickableAt, pickableInWarehouses } from '../ledger'
import { closedPurchaseStatuses } from '../trade/rules/purchaseOrderSending'
import { intArray, query, sql, transactionDb } from '../platform/transactionDb'

/**
 * The stock that `items` needed at `locations` are set against (see locationShortages):
 * available at each of those locations and what warehouses elsewhere can issue, both counting
 * only what the ledger would pick (on hand less reserved, in lots neither blocked nor expired);
 * and what open purchase orders still bring (ordered less received, on orders not received,
 * cancelled or closed).
 */
export async function shortageStock(
  req: PayloadRequest,
  items: readonly number[],
  locations: readonly number[],
): Promise<ShortageStock> {
  if (items.length === 0) return { floor: new Map(), incoming: new Map(), warehouses: new Map() }
  const db = await transactionDb(req)
  const floor = await pickableAt(req, items, locations)
  // A document's own location counts as its floor, even a warehouse: never twice.
  const warehouses = await pickableInWarehouses(req, items, locations)
  const incoming = await query<{ item: number; quantity: string }>(
    db,
    sql`select pl.item_id as item,
          sum(greatest(pl.quantity - coalesce(pl.received_quantity, 0), 0))::text as quantity
        from purchase_orders_lines pl join purchase_orders po on po.id = pl._parent_id
        where pl.item_id = any(${intArray(items)})
          and coalesce(po.status::text, 'draft') <> all(${`{${closedPurchaseStatuses.join(',')}}`}::text[])
        group by pl.item_id`,
  )
  return {
    floor: new Map(floor.map((row) => [floorKey(row.item, row.location), new Big(row.available)])),
    incoming: new Map(incoming.map((row) => [row.item, new Big(row.quantity)])),
    warehouses: new Map(warehouses.map((row) => [row.item, new Big(row.available)])),
  }
}
