import type { PayloadRequest } from 'payload'

import Big from 'big.js'

import { zero } from '../platform/rules/decimal'
import { postingKeyOf } from '../platform/rules/idempotency'
import type { InventoryAddition } from './rules/undoInventoryAddition'
import { intArray, query, sql, transactionDb } from '../platform/transactionDb'

/**
 * How "add to inventory" names what it posts. A posting's key is its BOM's and the request's;
 * its lines say what each movement was, so that an undo can find what to give back.
 */
export const inventoryAdditionKeys = {
  /** Every posting of a BOM's "add to inventory" starts so. */
  prefix: (bom: number) => postingKeyOf('boms', bom, 'add-to-inventory/'),
  posting: (bom: number, request: string) =>
    postingKeyOf('boms', bom, `add-to-inventory/${request}`),
  component: (index: number) => `component/${index}`,
  product: 'product',
  undoneProduct: (production: string) => `undo/${production}/product`,
  returned: (production: string, movement: number) => `undo/${production}/return/${movement}`,
}

type Row = {
  id: number
  item_id: number
  lot_id: number
  posting_key: string
  quantity: string
  reason: string
  reversed: boolean
  source_line: null | string
  to_id: number
  unit_cost: string
}

/**
 * The BOM's earlier "add to inventory" postings that made `product` at `location`, latest first,
 * each with what it consumed, what undos took back and what its lot still holds there. A
 * posting someone reversed with reverseStockMovements (an addition or an undo) no longer counts.
 */
export async function loadInventoryAdditions(
  req: PayloadRequest,
  bom: number,
  product: number,
  location: number,
): Promise<InventoryAddition[]> {
  const db = await transactionDb(req)
  const prefix = inventoryAdditionKeys.prefix(bom)
  const rows = await query<Row>(
    db,
    sql`select m.id, m.item_id, m.lot_id, m.posting_key, m.quantity::text as quantity, m.reason::text as reason,
          m.source_line, m.to_id, m.unit_cost::text as unit_cost,
          exists (select 1 from stock_movements r where r.reverses_id = m.id) as reversed
        from stock_movements m
        where m.source_collection = 'boms' and m.source_id = ${String(bom)}
          and left(m.posting_key, ${prefix.length}) = ${prefix}
        order by m.id`,
  )
  const reversed = new Set(rows.filter((r) => r.reversed).map((r) => r.posting_key))
  const made = rows
    .filter(
      (r) =>
        r.source_line === inventoryAdditionKeys.product &&
        r.reason === 'produce' &&
        r.item_id === product &&
        r.to_id === location &&
        !reversed.has(r.posting_key),
    )
    .reverse()
  if (made.length === 0) return []
  const balances = await query<{ available: string; lot_id: number }>(
    db,
    sql`select lot_id, available::text as available from stock_balances
        where item_id = ${product} and location_id = ${location}
          and lot_id = any(${intArray(made.map((r) => r.lot_id))})`,
  )
  const remaining = new Map(balances.map((b) => [b.lot_id, new Big(b.available)]))
  return made.map((row) => ({
    consumed: rows
      .filter((r) => r.posting_key === row.posting_key && r.reason === 'consume')
      .map((r) => ({
        item: r.item_id,
        lot: r.lot_id,
        movement: r.id,
        quantity: new Big(r.quantity),
        unitCost: new Big(r.unit_cost),
      })),
    key: row.posting_key,
    lot: row.lot_id,
    produced: new Big(row.quantity),
    remaining: remaining.get(row.lot_id) ?? zero,
    undone: rows
      .filter(
        (r) =>
          r.source_line === inventoryAdditionKeys.undoneProduct(row.posting_key) &&
          r.reason === 'consume' &&
          !reversed.has(r.posting_key),
      )
      .reduce((total, r) => total.plus(r.quantity), zero),
  }))
}
