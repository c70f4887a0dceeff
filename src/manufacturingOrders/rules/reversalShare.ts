import { type Decimal, roundStored } from '../../platform/rules/decimal'
import type { LineQuantity } from './ingredientLine'

/** An output row as far as taking its output back is concerned. */
export type ProducedRow = {
  completedQuantity: Decimal
  /** What recording the row consumed, per ingredient line. */
  consumed: readonly LineQuantity[]
  /** The operation cost the row absorbed. */
  operationCost: Decimal
  reversedQuantity: Decimal
}

export type ReversalShare =
  | { ok: true; operationCost: Decimal; returns: LineQuantity[] }
  | { code: 'not_positive'; ok: false }
  | { code: 'exceeds_reversible'; ok: false; reversible: Decimal }

/**
 * What reversing `reversedQuantity` of a row's output gives back: the same share of what the row
 * consumed from each line and of the operation cost it absorbed. Each share is the rounded share
 * of everything reversed so far minus that of what was reversed before, so reversals in any split
 * add up to exactly what the row consumed, never a rounding unit more or less. Only what the row
 * completed and has not yet reversed can be reversed.
 */
export function reversalShare(row: ProducedRow, reversedQuantity: Decimal): ReversalShare {
  if (reversedQuantity.lte(0)) return { code: 'not_positive', ok: false }
  const reversible = row.completedQuantity.minus(row.reversedQuantity)
  if (reversedQuantity.gt(reversible)) return { code: 'exceeds_reversible', ok: false, reversible }
  const after = row.reversedQuantity.plus(reversedQuantity)
  const portion = (value: Decimal, reversed: Decimal) =>
    roundStored(value.times(reversed).div(row.completedQuantity))
  const share = (value: Decimal) =>
    portion(value, after).minus(portion(value, row.reversedQuantity))
  return {
    ok: true,
    operationCost: share(row.operationCost),
    returns: row.consumed
      .map(({ line, quantity }) => ({ line, quantity: share(quantity) }))
      .filter(({ quantity }) => quantity.gt(0)),
  }
}
