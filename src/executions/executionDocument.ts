import Big from 'big.js'
import type { PayloadRequest } from 'payload'

import type { InventoryAction } from '../workflow/rules/planTransition'
import { idOf } from '../platform/idOf'
import type { ProductionDocument, ProductionLine } from '../workflow/productionDocument'
import { actionOfKind, itemRows, outputLine } from '../workflow/productionDocument'

/** Every consuming action: an execution's output absorbs all it consumed. */
export const allConsumingActions: InventoryAction[] = [
  'deduct_materials',
  'deduct_products',
  'deduct_resources',
]

/** A requirement's line id: by its row id, or its position before it has one. */
export const requirementLine = (requirement: { id?: null | string }, index: number) =>
  `requirement:${requirement.id ?? index}`

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
