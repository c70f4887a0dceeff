import Big from 'big.js'

import { costBom } from '../../recipes/rules/bomCost'
import type { CurrentCost } from '../../recipes/rules/currentCost'
import { type Decimal, roundStored, zero } from '../../platform/rules/decimal'

export type CostFigures = {
  materialCost: Decimal
  operationCost: Decimal
  totalCost: Decimal
  /** Per unit of output; null when nothing is planned or made. */
  unitCost: Decimal | null
}

/**
 * What a production document was planned to cost: each line (an order's ingredients or an
 * execution's requirements) at its planned quantity and its item's current cost, and each
 * operation at its planned crew × minutes ÷ 60 × rate, costed by the standard costing (costBom)
 * over a recipe of exactly those lines, so both figures agree line for line. A line whose item
 * has no known cost counts as nothing and is reported by costBom's source `none`.
 */
export function plannedCost(args: {
  itemCosts: ReadonlyMap<number, CurrentCost>
  lines: readonly { item: number; quantity: Decimal }[]
  operations: readonly { crewSize: Decimal; minutes: Decimal; ratePerHour: Decimal }[]
  output: Decimal
  product: number
}) {
  const result = costBom({
    itemCosts: args.itemCosts,
    product: args.product,
    quantity: new Big(1),
    recipe: {
      basis: 'per_unit',
      bom: 0,
      components: args.lines.map((line) => ({ item: line.item, quantity: line.quantity })),
      operations: args.operations.map((operation, index) => ({
        ...operation,
        resource: index,
        resourceType: 'labor',
        step: String(index + 1),
      })),
      output: new Big(1),
    },
    // Planned lines are costed as bought, at what their items cost now: no sub-recipe rollup.
    recipes: new Map(),
  })
  // A recipe of one level with no sub-recipes has no cycle.
  if (!result.ok) throw new Error('unreachable: a single-level recipe has no cycle')
  const { lines, materialCost, operationCost, totalCost } = result.cost
  return {
    figures: {
      materialCost,
      operationCost,
      totalCost,
      unitCost: perUnit(totalCost, args.output),
    } satisfies CostFigures,
    lines,
  }
}

/** Total ÷ output at the stored precision; null for no output. */
export const perUnit = (total: Decimal, output: Decimal): Decimal | null =>
  output.gt(zero) ? roundStored(total.div(output)) : null

/** Actual less planned, figure by figure: positive costs more than planned. */
export function costVariance(planned: CostFigures, actual: CostFigures): CostFigures {
  return {
    materialCost: actual.materialCost.minus(planned.materialCost),
    operationCost: actual.operationCost.minus(planned.operationCost),
    totalCost: actual.totalCost.minus(planned.totalCost),
    unitCost:
      actual.unitCost === null || planned.unitCost === null
        ? null
        : actual.unitCost.minus(planned.unitCost),
  }
}

/**
 * Several documents' figures added up (a plan's executions): money adds, a unit cost does not
 * (the documents make different products), so the sum has none.
 */
export function sumFigures(figures: readonly CostFigures[]): CostFigures {
  const add = (field: 'materialCost' | 'operationCost' | 'totalCost') =>
    figures.reduce((total, f) => total.plus(f[field]), zero)
  return {
    materialCost: add('materialCost'),
    operationCost: add('operationCost'),
    totalCost: add('totalCost'),
    unitCost: null,
  }
}
