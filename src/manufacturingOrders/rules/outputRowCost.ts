import { outputUnitCost } from '../../ledger/rules/costing'
import { type Decimal, minDecimal, roundStored, zero } from '../../platform/rules/decimal'

export type OutputRowCost = {
  /** The operation cost this row absorbs. */
  operationCost: Decimal
  /** The operation cost per unit completed; null when nothing was completed. */
  operationUnitCost: Decimal | null
  totalCost: Decimal
  /** The material cost per unit completed; null when nothing was completed. */
  unitCost: Decimal | null
}

/**
 * The cost of an output row's completed quantity: the materials it consumed plus its share of
 * the order's planned operation cost (operations × completed ÷ planned output). The share is
 * capped at what the operations have not yet given to earlier rows, so completing more than
 * planned never absorbs more than the operations cost. Per unit the two stay apart (the row's
 * unit cost is its materials'); the lot made absorbs both.
 */
export function outputRowCost(args: {
  /** Operation cost the order's rows absorbed before this one, net of reversals. */
  absorbedBefore: Decimal
  completed: Decimal
  /** What the lots the row consumed cost. */
  materials: Decimal
  /** The order's planned operation cost. */
  operationsCost: Decimal
  plannedOutput: Decimal
}): OutputRowCost {
  const { absorbedBefore, completed, materials, operationsCost, plannedOutput } = args
  if (plannedOutput.lte(0)) throw new RangeError('an order must plan a positive output')
  const unabsorbed = operationsCost.minus(absorbedBefore)
  const share = roundStored(operationsCost.times(completed).div(plannedOutput))
  const operationCost = unabsorbed.gt(0) ? minDecimal(share, unabsorbed) : zero
  return {
    operationCost,
    operationUnitCost: outputUnitCost(zero, operationCost, completed),
    totalCost: materials.plus(operationCost),
    unitCost: outputUnitCost(materials, zero, completed),
  }
}
