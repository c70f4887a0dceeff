import Big from 'big.js'
import type { PayloadRequest } from 'payload'

import type { Decimal } from '../platform/rules/decimal'
import type { LotQuantity } from '../ledger'
import type { InventoryAction, TransitionLine } from './rules/planTransition'
import { query, sql, intArray, transactionDb } from '../platform/transactionDb'
import { idOf } from '../platform/idOf'

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

/** Every consuming action: an execution's output absorbs all it consumed. */
export const allConsumingActions: InventoryAction[] = [
  'deduct_materials',
  'deduct_products',
  'deduct_resources',
]

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

/** A requirement's line id: by its row id, or its position before it has one. */
export const requirementLine = (requirement: { id?: null | string }, index: number) =>
  `requirement:${requirement.id ?? index}`

/** The output line's id: one per document. */
export const outputLine = 'output'

type ExecutionLike = {
  id: number
  plannedQuantity?: null | number
  producedQuantity?: null | number
  product: unknown
  productionFloor: unknown
  requirements?: { id?: null | string; item: unknown; requiredQuantity: number }[] | null
}

/**
 * An execution's lines: each requirement consumes its item (materials, products or resource
 * hours, by the item's kind), and the output adds the product at the produced quantity, or the
 * planned one until something was produced.
 */
export async function executionDocument(
  req: PayloadRequest,
  execution: ExecutionLike,
): Promise<ProductionDocument> {
  const product = idOf(execution.product)
  const requirements = execution.requirements ?? []
  const info = await itemRows(req, [product, ...requirements.map((r) => idOf(r.item))])
  const output = new Big(execution.producedQuantity ?? execution.plannedQuantity ?? 0)
  const lines: ProductionLine[] = requirements.map((requirement, index) => {
    const item = info(idOf(requirement.item))
    return {
      action: actionOfKind[item.kind]!,
      category: item.category_id,
      id: requirementLine(requirement, index),
      item: item.id,
      quantity: new Big(requirement.requiredQuantity),
      sku: item.sku,
    }
  })
  const made = info(product)
  lines.push({
    action: 'add_products',
    category: made.category_id,
    id: outputLine,
    item: made.id,
    quantity: output,
    sku: made.sku,
  })
  return {
    collection: 'executions',
    costedActions: allConsumingActions,
    id: execution.id,
    lines: lines.filter((line) => line.quantity.gt(0)),
    location: idOf(execution.productionFloor),
    output,
    product,
  }
}
