import Big from 'big.js'
import type { PayloadRequest } from 'payload'

import { zero } from '../../domain/decimal'
import { operationsCost, resourceHours } from '../../domain/manufacturingOrders/operations'
import { plannedOutput } from '../../domain/manufacturingOrders/orderPlan'
import { postingTarget } from '../../domain/manufacturingOrders/remainingToPost'
import { idOf } from '../idOf'
import {
  actionOfKind,
  itemRows,
  outputLine,
  type ProductionDocument,
  type ProductionLine,
} from '../productionLines'
import {
  completedOutput,
  decimalOf,
  type OperationRow,
  type OrderData,
  orderPlanOf,
  recipeScaleOf,
} from './orderShape'

export const ingredientLine = (rowId: string) => `ingredient:${rowId}`
export const operationLine = (rowId: string) => `operation:${rowId}`

/** An operation row as the domain costs it. */
export const costedOperation = (row: OperationRow) => ({
  crewSize: decimalOf(row.crewSize),
  minutes: decimalOf(row.plannedMinutes),
  ratePerHour: decimalOf(row.ratePerHour),
})

/** The output the order plans: its quantity, or its batches times the recipe's output. */
export function orderOutput(order: OrderData): Big {
  const recipe = recipeScaleOf(order)
  return recipe ? plannedOutput(recipe, orderPlanOf(order)) : decimalOf(order.quantity)
}

/**
 * An order's lines as the status rules see them. Each ingredient consumes what it has not yet
 * consumed through recorded output (its actual quantity where entered, else the planned one);
 * each operation with a resource deducts its hours (crew × minutes ÷ 60); the output adds what
 * recorded output has not. The output absorbs the ingredients' cost and the operations' cost not
 * yet absorbed by recorded output; resource hours are costed through the operations' rates.
 */
export async function manufacturingOrderDocument(
  req: PayloadRequest,
  order: OrderData & { id: number },
): Promise<ProductionDocument> {
  const ingredients = (order.ingredients ?? []).filter((row) => row.id)
  const operations = (order.operations ?? []).filter((row) => row.id && row.resource)
  const product = idOf(order.product)
  const info = await itemRows(req, [
    product,
    ...ingredients.map((row) => idOf(row.item)),
    ...operations.map((row) => idOf(row.resource)),
  ])
  const line = (id: string, item: number, quantity: Big, action?: ProductionLine['action']) => {
    const found = info(item)
    return {
      action: action ?? actionOfKind[found.kind]!,
      category: found.category_id,
      id,
      item,
      quantity,
      sku: found.sku,
    }
  }
  const remaining = (target: Big, done: Big) => (target.gt(done) ? target.minus(done) : zero)
  const output = remaining(orderOutput(order), completedOutput(order))
  const absorbed = (order.outputs ?? []).reduce(
    (total, row) => total.plus(decimalOf(row.operationCost)),
    new Big(0),
  )
  const operationCost = operationsCost(operations.map(costedOperation))
  const lines: ProductionLine[] = [
    ...ingredients.map((row) =>
      line(
        ingredientLine(row.id!),
        idOf(row.item),
        remaining(
          postingTarget({
            actualQuantity:
              row.actualQuantity === null || row.actualQuantity === undefined
                ? null
                : decimalOf(row.actualQuantity),
            plannedQuantity: decimalOf(row.plannedQuantity),
          }),
          decimalOf(row.backflushedQuantity),
        ),
      ),
    ),
    ...operations.map((row) =>
      line(
        operationLine(row.id!),
        idOf(row.resource),
        resourceHours(costedOperation(row)),
        'deduct_resources',
      ),
    ),
    line(outputLine, product, output, 'add_products'),
  ]
  return {
    collection: 'manufacturing-orders',
    costedActions: ['deduct_materials', 'deduct_products'],
    id: order.id,
    lines: lines.filter((l) => l.quantity.gt(0)),
    location: idOf(order.location),
    output,
    outputExtraCost: operationCost.gt(absorbed) ? operationCost.minus(absorbed) : zero,
    product,
  }
}
