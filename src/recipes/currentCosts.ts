import Big from 'big.js'
import type { PayloadRequest } from 'payload'

import { lastReceiptCosts, lotsOnHand } from '../ledger'
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
  const lots = await lotsOnHand(req, items)
  const purchases = await lastReceiptCosts(req, items)
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
