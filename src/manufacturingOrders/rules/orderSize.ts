import type { Decimal } from '../../platform/rules/decimal'
import type { OrderPlan } from '../../recipes/rules/orderPlan'

export type ProductionMode = 'batch' | 'discrete'

/**
 * An order sized to cover `quantity` of a product: that quantity when the product is made in
 * discrete units, or the whole batches (of `batchOutput` each, the recipe's output) that cover it
 * when it is made in batches. A batch is never split, so a batch order may make more than asked.
 */
export function orderSizeFor(
  quantity: Decimal,
  mode: ProductionMode,
  batchOutput: Decimal,
): OrderPlan {
  if (mode === 'discrete') return { mode: 'discrete', quantity }
  if (batchOutput.lte(0)) throw new RangeError('a batch must make more than nothing')
  const batches = Number(quantity.div(batchOutput).round(0, 3).toFixed())
  return { batches: Math.max(batches, 1), mode: 'batch' }
}
