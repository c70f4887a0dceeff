import { type Decimal, zero } from '../../platform/rules/decimal'
import type { ConsumptionLine } from './ingredientLine'

/** What a line should have posted in the end: the actual quantity where entered, else the plan. */
export const postingTarget = (line: Omit<ConsumptionLine, 'postedQuantity'>): Decimal =>
  line.actualOverride ?? line.plannedQuantity

/**
 * What a status rule posts when the line falls due: its target minus everything already posted
 * (by backflushing or an earlier rule), so nothing is posted twice; nothing when more than the
 * target is already posted, never a negative quantity.
 */
export function remainingToPost(line: ConsumptionLine): Decimal {
  const remaining = postingTarget(line).minus(line.postedQuantity)
  return remaining.gt(0) ? remaining : zero
}
