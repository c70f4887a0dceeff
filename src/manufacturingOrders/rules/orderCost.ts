import { outputUnitCost } from '../../ledger/rules/costing'
import { type Decimal, sum } from '../../platform/rules/decimal'
import { type OrderOperation, operationsCost } from '../../recipes/rules/operations'

export type OrderCost = {
  materials: Decimal
  operations: Decimal
  totalCost: Decimal
  /** Null until something is completed. */
  unitCost: Decimal | null
}

/**
 * The order's cost: what its ingredient lines actually cost plus its operations' planned cost,
 * and that total over the completed output.
 */
export function orderCost(args: {
  /** Output completed, net of reversals. */
  completed: Decimal
  /** Each ingredient line's actual cost (the lots it consumed, at their unit costs). */
  ingredientCosts: readonly Decimal[]
  operations: readonly OrderOperation[]
}): OrderCost {
  const materials = sum(args.ingredientCosts)
  const operations = operationsCost(args.operations)
  return {
    materials,
    operations,
    totalCost: materials.plus(operations),
    unitCost: outputUnitCost(materials, operations, args.completed),
  }
}
