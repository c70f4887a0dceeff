import Big from 'big.js'
import type { PayloadRequest } from 'payload'

import { decimalOf, zero } from '../platform/rules/decimal'
import { lineLotsUsedAt, type LotQuantity } from '../ledger'
import { operationsCost, resourceHours } from '../recipes/rules/operations'
import { plannedOutput } from '../recipes/rules/orderPlan'
import { postingTarget } from './rules/remainingToPost'
import { idOf } from '../platform/idOf'
import {
  actionOfKind,
  itemRows,
  outputLine,
  type ProductionDocument,
  type ProductionLine,
} from '../workflow/productionDocument'
import {
  completedOutput,
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

const recordedOf = (value: unknown) =>
  value === null || value === undefined || value === '' ? null : decimalOf(value)

/** An operation row with what was recorded of it, as the domain costs its actual cost. */
export const recordedOperation = (row: OperationRow) => ({
  ...costedOperation(row),
  actualCrewSize: recordedOf(row.actualCrewSize),
  actualMinutes: recordedOf(row.actualMinutes),
})

/** The output the order plans: its quantity, or its batches times the recipe's output. */
export function orderOutput(order: OrderData): Big {
  const recipe = recipeScaleOf(order)
  return recipe ? plannedOutput(recipe, orderPlanOf(order)) : decimalOf(order.quantity)
}

/**
 * What is left of each ingredient row's picked lots: picked less what its line consumed from
 * them since (net of returns), by row id, in the order they were picked.
 */
export async function pickedLotsLeft(
  req: PayloadRequest,
  order: OrderData & { id: number },
): Promise<Map<string, LotQuantity[]>> {
  const rows = (order.ingredients ?? []).filter((row) => row.id && row.pickedLots?.length)
  if (rows.length === 0) return new Map()
  const location = idOf(order.location)
  const source = { collection: 'manufacturing-orders', id: order.id }
  const used = await lineLotsUsedAt(req, source, location, 'ingredient:')
  return new Map(
    rows.map((row) => {
      const usedOf = new Map(
        used
          .filter((u) => u.line === ingredientLine(row.id!))
          .map((u) => [u.lot, new Big(u.quantity)]),
      )
      return [
        row.id!,
        row.pickedLots!.map((pick) => {
          const lot = idOf(pick.lot)
          const left = decimalOf(pick.quantity).minus(usedOf.get(lot) ?? 0)
          usedOf.set(lot, zero)
          return { lot, quantity: left.gt(0) ? left : zero }
        }),
      ]
    }),
  )
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
  const picked = await pickedLotsLeft(req, order)
  const output = remaining(orderOutput(order), completedOutput(order))
  const absorbed = (order.outputs ?? []).reduce(
    (total, row) => total.plus(decimalOf(row.operationCost)),
    new Big(0),
  )
  const operationCost = operationsCost(operations.map(costedOperation))
  const lines: ProductionLine[] = [
    ...ingredients.map((row) => ({
      ...line(
        ingredientLine(row.id!),
        idOf(row.item),
        remaining(
          postingTarget({
            actualOverride:
              row.actualOverride === null || row.actualOverride === undefined
                ? null
                : decimalOf(row.actualOverride),
            plannedQuantity: decimalOf(row.plannedQuantity),
          }),
          decimalOf(row.backflushedQuantity),
        ),
      ),
      preferLots: picked.get(row.id!) ?? [],
    })),
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
