import Big from 'big.js'

import type { Decimal } from '../../platform/rules/decimal'

export type RecipeBasis = 'per_batch' | 'per_unit'

/**
 * What a component needs to make `produce` of a recipe that makes `output` with `quantity` of the
 * component. per_unit scales proportionally (5 bicycles from "1 bicycle = 2 wheels" need 10
 * wheels); per_batch works in whole batches of the recipe, rounding up (11 kg from a 10 kg batch
 * is two batches). The one scaling function every document uses.
 */
export function scaleComponent(args: {
  basis: RecipeBasis
  output: Decimal
  produce: Decimal
  quantity: Decimal
}): Decimal {
  const { basis, output, produce, quantity } = args
  if (output.lte(0)) throw new RangeError('a recipe must make a positive quantity')
  if (basis === 'per_batch') return quantity.times(batchesFor(produce, output))
  return quantity.times(produce).div(output)
}

/** Whole batches of `output` needed to make `produce`. */
export const batchesFor = (produce: Decimal, output: Decimal): Decimal =>
  produce.div(output).round(0, Big.roundUp)
