import type { PayloadRequest } from 'payload'

import type { Decimal } from '../platform/rules/decimal'
import type { LotQuantity } from '../ledger'
import type { InventoryAction, TransitionLine } from './rules/planTransition'
import { query, sql, intArray, transactionDb } from '../platform/transactionDb'

/** A line of a production document as the status rules see it: what moves, and which way. */
export type ProductionLine = TransitionLine & {
  item: number
  /** Lots to consume first (an order's picked lots), each up to what is left of it. */
  preferLots?: LotQuantity[]
  quantity: Decimal
  sku: string
}

export type ProductionDocument = {
  collection: 'executions' | 'manufacturing-orders'
  /** The actions whose consumption the output lot absorbs as its cost. */
  costedActions: InventoryAction[]
  id: number
  /** Where materials are used and products added. */
  location: number
  lines: ProductionLine[]
  /** The output line's quantity (what `add_products` adds). */
  output: Decimal
  /** Cost the output lot absorbs besides the consumption (an order's operations). */
  outputExtraCost?: Decimal
  product: number
}

export type ItemRow = { category_id: null | number; id: number; kind: string; sku: string }

/** Kind, category and SKU of each item, by id; an unknown item is an error. */
export async function itemRows(req: PayloadRequest, ids: number[]) {
  const items = await query<ItemRow>(
    await transactionDb(req),
    sql`select id, kind::text as kind, category_id, sku from items where id = any(${intArray(ids)})`,
  )
  const byId = new Map(items.map((item) => [item.id, item]))
  return (id: number) => {
    const found = byId.get(id)
    if (!found) throw new Error(`item ${id} does not exist`)
    return found
  }
}

export const actionOfKind: Record<string, InventoryAction> = {
  material: 'deduct_materials',
  product: 'deduct_products',
  resource: 'deduct_resources',
}

/** The output line's id: one per document. */
export const outputLine = 'output'
