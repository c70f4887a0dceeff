import Big from 'big.js'

import { type Decimal, decimalOf } from '../platform/rules/decimal'
import type { OrderPlan, RecipeScale } from '../recipes/rules/orderPlan'
import type { ManufacturingOrder } from '../payload-types'

export type OrderData = Partial<ManufacturingOrder>
export type IngredientRow = NonNullable<ManufacturingOrder['ingredients']>[number]
export type OutputRow = NonNullable<ManufacturingOrder['outputs']>[number]
export type OperationRow = NonNullable<ManufacturingOrder['operations']>[number]

/** The recipe snapshot an order scales, or null before it has one. */
export function recipeScaleOf(order: OrderData): RecipeScale | null {
  const output = order.recipe?.outputQuantity
  if (!output || !order.recipe?.basis) return null
  return { basis: order.recipe.basis, output: decimalOf(output) }
}

/** How much the order makes: a quantity of units, or a number of batches. */
export function orderPlanOf(order: OrderData): OrderPlan {
  return order.mode === 'batch'
    ? { batches: Number(order.batches ?? 1), mode: 'batch' }
    : { mode: 'discrete', quantity: decimalOf(order.quantity) }
}

/** Output completed by the order's rows, net of reversals. */
export const completedOutput = (order: OrderData): Decimal =>
  (order.outputs ?? []).reduce(
    (total, row) =>
      total.plus(decimalOf(row.completedQuantity)).minus(decimalOf(row.reversedQuantity)),
    new Big(0),
  )
