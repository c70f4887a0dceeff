import Big from 'big.js'
import type { PayloadRequest } from 'payload'

import { intArray, query, sql, transactionDb } from '../platform/transactionDb'
import { currentCost, type CurrentCost } from './rules/currentCost'

/**
 * Each bought component's current cost: its lots on hand at physical locations, the unit cost of
 * its latest receipt against a purchase order (a receipt since reversed does not count), and its
 * standard cost, chosen among by currentCost.
 */
export async function currentCosts(
  req: PayloadRequest,
  items: readonly number[],
): Promise<Map<number, CurrentCost>> {
  if (!items.length) return new Map()
  const db = await transactionDb(req)
  const ids = intArray(items)
  // One after another: the request's transaction is one connection.
  const lots = await query<{ item: number; on_hand: string; unit_cost: null | string }>(
    db,
    sql`select b.item_id as item, b.on_hand::text as on_hand, l.unit_cost::text as unit_cost
          from stock_balances b
          join locations loc on loc.id = b.location_id and loc.kind <> 'virtual'
          join lots l on l.id = b.lot_id
          where b.item_id = any(${ids}) and b.on_hand > 0`,
  )
  const purchases = await query<{ item: number; unit_cost: string }>(
    db,
    sql`select distinct on (m.item_id) m.item_id as item, pl.unit_cost::text as unit_cost
          from stock_movements m
          join purchase_orders_lines pl on pl.id = m.source_line
          where m.item_id = any(${ids}) and m.reason = 'receipt'
            and m.source_collection = 'purchase-orders' and m.reverses_id is null
            and not exists (select 1 from stock_movements r where r.reverses_id = m.id)
          order by m.item_id, m.posted_at desc, m.id desc`,
  )
  const standards = await query<{ id: number; standard_cost: null | string }>(
    db,
    sql`select id, standard_cost::text as standard_cost from items where id = any(${ids})`,
  )
  const lastPurchase = new Map(purchases.map((row) => [row.item, new Big(row.unit_cost)]))
  const standard = new Map(
    standards.map((row) => [
      row.id,
      row.standard_cost === null ? null : new Big(row.standard_cost),
    ]),
  )
  return new Map(
    items.map((item) => [
      item,
      currentCost({
        lastPurchase: lastPurchase.get(item) ?? null,
        onHand: lots
          .filter((row) => row.item === item)
          .map((row) => ({
            quantity: new Big(row.on_hand),
            unitCost: row.unit_cost === null ? null : new Big(row.unit_cost),
          })),
        standardCost: standard.get(item) ?? null,
      }),
    ]),
  )
}
