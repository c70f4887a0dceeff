import { findCycle } from './bomGraph'
import type { CurrentCost, CurrentCostSource } from './currentCost'
import { type Decimal, roundStored, sum, zero } from '../../platform/rules/decimal'
import { operationPlannedCost } from './operations'
import { scaleForPlan } from './orderPlan'
import type { RecipeBasis } from './scaling'

/** A recipe as its standard cost reads it. */
export type CostRecipe = {
  basis: RecipeBasis
  /** The recipe's own document, so each level of the breakdown says which BOM it costed. */
  bom: number
  components: readonly { item: number; note?: null | string; quantity: Decimal }[]
  operations: readonly {
    crewSize: Decimal
    /** Per recipe output, scaled like the components. */
    minutes: Decimal
    /** Unknown rate: the operation costs nothing rather than blocking the rollup. */
    ratePerHour: Decimal | null
    resource: number
    resourceType: string
    step: string
  }[]
  output: Decimal
}

export type ComponentCost = {
  /** The sub-recipe's own costing at the quantity this line needs; bought components have none. */
  breakdown?: BomCost
  cost: Decimal
  item: number
  note?: null | string
  /** The component's need for the quantity costed, scaled as the plan explosion scales it. */
  quantity: Decimal
  source: CurrentCostSource | 'sub_recipe'
  unitCost: Decimal | null
}

export type OperationCost = CostRecipe['operations'][number] & { cost: Decimal }

export type BomCost = {
  basis: RecipeBasis
  bom: number
  lines: ComponentCost[]
  materialCost: Decimal
  operationCost: Decimal
  operations: OperationCost[]
  output: Decimal
  product: number
  quantity: Decimal
  totalCost: Decimal
  /** totalCost ÷ quantity: a per_batch recipe's whole batches spread over what is asked for. */
  unitCost: Decimal
}

export type BomCostResult =
  { cost: BomCost; ok: true } | { code: 'cycle'; ok: false; path: number[] }

type Costing = {
  itemCosts: ReadonlyMap<number, CurrentCost>
  recipeOf: (item: number) => CostRecipe | undefined
}

/** The recipes reachable from `product`, each with the components that have a recipe too. */
function recipeGraph(
  product: number,
  items: Iterable<number>,
  recipeOf: Costing['recipeOf'],
): Map<number, number[]> {
  const graph = new Map<number, number[]>()
  for (const item of new Set([product, ...items])) {
    const components = recipeOf(item)!.components.map((c) => c.item)
    graph.set(
      item,
      components.filter((c) => recipeOf(c) !== undefined),
    )
  }
  return graph
}

/** One component's cost at the quantity needed: rolled up through its recipe, or bought. */
function componentCost(
  component: CostRecipe['components'][number],
  need: Decimal,
  costing: Costing,
): ComponentCost {
  const sub = costing.recipeOf(component.item)
  const note = component.note ? { note: component.note } : {}
  if (sub) {
    const breakdown = costOf(component.item, sub, need, costing)
    return {
      ...note,
      breakdown,
      cost: breakdown.totalCost,
      item: component.item,
      quantity: need,
      source: 'sub_recipe',
      unitCost: breakdown.unitCost,
    }
  }
  const known = costing.itemCosts.get(component.item) ?? { source: 'none' as const, unitCost: null }
  return {
    ...note,
    cost: known.unitCost === null ? zero : roundStored(need.times(known.unitCost)),
    item: component.item,
    quantity: need,
    source: known.source,
    unitCost: known.unitCost,
  }
}

/** What making `quantity` of `item` by recipe `made` costs, line by line and in total. */
function costOf(item: number, made: CostRecipe, quantity: Decimal, costing: Costing): BomCost {
  const scale = (figure: Decimal) => scaleForPlan(made, { mode: 'discrete', quantity }, figure)
  const lines = made.components.map((component) =>
    componentCost(component, scale(component.quantity), costing),
  )
  const operations = made.operations.map((operation): OperationCost => {
    const minutes = scale(operation.minutes)
    return {
      ...operation,
      cost: operationPlannedCost({
        crewSize: operation.crewSize,
        minutes,
        ratePerHour: operation.ratePerHour ?? zero,
      }),
      minutes,
    }
  })
  const materialCost = sum(lines.map((line) => line.cost))
  const operationCost = sum(operations.map((operation) => operation.cost))
  const totalCost = materialCost.plus(operationCost)
  return {
    basis: made.basis,
    bom: made.bom,
    lines,
    materialCost,
    operationCost,
    operations,
    output: made.output,
    product: item,
    quantity,
    totalCost,
    unitCost: quantity.gt(zero) ? roundStored(totalCost.div(quantity)) : zero,
  }
}

/**
 * The standard cost of making `quantity` of `product` by `recipe` (its output when not given):
 * each bought component at its current cost, each component with a recipe of its own (in
 * `recipes`, the active ones) rolled up through that recipe at the quantity needed, to any depth,
 * and each operation at crew × minutes ÷ 60 × rate. Quantities and minutes scale as the plan and
 * the orders scale them (per_batch in whole batches); money is rounded to the stored precision
 * line by line, so every total is exactly the sum of the lines shown. A cycle through the recipes
 * is refused with its path, as planning refuses it.
 */
export function costBom(args: {
  itemCosts: ReadonlyMap<number, CurrentCost>
  product: number
  quantity?: Decimal
  recipe: CostRecipe
  recipes: ReadonlyMap<number, CostRecipe>
}): BomCostResult {
  const { itemCosts, product, recipe, recipes } = args
  const recipeOf = (item: number) => (item === product ? recipe : recipes.get(item))
  const path = findCycle(recipeGraph(product, recipes.keys(), recipeOf), product)
  if (path) return { code: 'cycle', ok: false, path }
  const costing = { itemCosts, recipeOf }
  return { cost: costOf(product, recipe, args.quantity ?? recipe.output, costing), ok: true }
}
