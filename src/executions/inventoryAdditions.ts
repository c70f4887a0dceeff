import type { PayloadRequest } from 'payload'

import Big from 'big.js'

import { zero } from '../platform/rules/decimal'
import { postingKeyOf } from '../platform/rules/idempotency'
import type { InventoryAddition } from './rules/undoInventoryAddition'
import { lotsAvailableAt, movementsUnder } from '../ledger'

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
  const prefix = inventoryAdditionKeys.prefix(bom)
  const rows = await movementsUnder(req, { collection: 'boms', id: bom }, prefix)
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
  const balances = await lotsAvailableAt(
    req,
    product,
    location,
    made.map((r) => r.lot_id),
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
