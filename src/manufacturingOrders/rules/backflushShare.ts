import { type Decimal, minDecimal, roundStored } from '../../platform/rules/decimal'
import type { LineQuantity, ConsumptionLine } from './ingredientLine'
import { remainingToPost } from './remainingToPost'

/**
 * What recording `completed` of output consumes now from each line: its planned quantity per unit
 * of planned output × completed, rounded to the stored precision, but never more than the line
 * still has to post (its actual quantity where entered, else the plan, minus what it posted), so
 * completing more than planned only draws further on a line whose actual quantity allows it.
 * Lines with nothing to consume are left out.
 */
export function backflushShare(
  lines: readonly (ConsumptionLine & { id: string })[],
  completed: Decimal,
  plannedOutput: Decimal,
): LineQuantity[] {
  if (plannedOutput.lte(0)) throw new RangeError('an order must plan a positive output')
  if (completed.lt(0)) throw new RangeError('a completed quantity cannot be negative')
  return lines
    .map((line) => {
      const share = roundStored(line.plannedQuantity.times(completed).div(plannedOutput))
      return { line: line.id, quantity: minDecimal(share, remainingToPost(line)) }
    })
    .filter(({ quantity }) => quantity.gt(0))
}
