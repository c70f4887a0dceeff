import { findCycle, type RecipeGraph } from '../../recipes/rules/bomGraph'
import type { Decimal } from '../../platform/rules/decimal'
import { scaleComponent, type RecipeBasis } from '../../recipes/rules/scaling'

/** The part of an active recipe the explosion reads. A component with a recipe is a sub-recipe. */
export type PlanRecipe = {
  basis: RecipeBasis
  components: readonly { item: number; quantity: Decimal }[]
  output: Decimal
}

/** What the plan asks for: a product, how much, and the day (`YYYY-MM-DD`) it is due. */
export type PlanDemand = { date: string; product: number; quantity: Decimal }

/** One execution to be: a product on a day, and who needs how much of it. */
export type PlanNode = {
  date: string
  /** `product@date`: one node per product per day. */
  key: string
  /** 0 for what nothing else needs; a child is always deeper than each of its parents. */
  level: number
  /** Each parent that needs this node, with the quantity that parent's recipe requires. */
  parents: { key: string; quantity: Decimal }[]
  /** What the plan asked for directly, before any parent's need. */
  planned: Decimal
  product: number
  quantity: Decimal
}

/** A supplied (bought) component's total need on a day. */
export type PlanMaterial = { date: string; item: number; quantity: Decimal }

export type ExplosionResult =
  | { materials: PlanMaterial[]; nodes: PlanNode[]; ok: true }
  | { code: 'cycle'; ok: false; path: number[] }
  | { code: 'no_recipe'; index: number; ok: false; product: number }

export const nodeKey = (product: number, date: string): string => `${product}@${date}`

/** Quantities carry the stored precision, as the requirement lines the hook writes do. */
const stored = (value: Decimal) => value.round(6)

/**
 * Explodes a plan through every recipe level. A child needs, for each parent, the parent's
 * quantity scaled by the shared scaling function (per_batch in whole batches of the parent's
 * total); what several parents need of one product on one day is summed into one node listing
 * each parent. A child is scheduled on its parents' day, so never after them. Each node's
 * quantity is complete before it is exploded (parents first, in topological order), which is
 * what makes whole batches of a shared sub-recipe come out right.
 */
export function explodePlan(
  demands: readonly PlanDemand[],
  recipes: ReadonlyMap<number, PlanRecipe>,
): ExplosionResult {
  const missing = demands.findIndex((demand) => !recipes.has(demand.product))
  if (missing >= 0)
    return { code: 'no_recipe', index: missing, ok: false, product: demands[missing]!.product }

  const order = topologicalOrder(
    recipeGraph(recipes),
    demands.map((demand) => demand.product),
  )
  if (!order.ok) return order

  const nodes = new Map<string, PlanNode>()
  const nodeOf = (product: number, date: string, zeroValue: Decimal) => {
    const key = nodeKey(product, date)
    let node = nodes.get(key)
    if (!node) {
      node = { date, key, level: 0, parents: [], planned: zeroValue, product, quantity: zeroValue }
      nodes.set(key, node)
    }
    return node
  }
  for (const demand of demands) {
    const node = nodeOf(demand.product, demand.date, demand.quantity.times(0))
    node.planned = node.planned.plus(demand.quantity)
    node.quantity = node.quantity.plus(demand.quantity)
  }

  const dates = new Map<number, Set<string>>()
  for (const node of nodes.values()) addTo(dates, node.product, node.date)
  const materials = new Map<string, PlanMaterial>()
  for (const product of order.products) {
    const recipe = recipes.get(product)!
    for (const date of [...(dates.get(product) ?? [])].sort()) {
      const parent = nodes.get(nodeKey(product, date))!
      for (const [item, raw] of componentNeeds(recipe, parent.quantity)) {
        const need = stored(raw)
        if (!recipes.has(item)) {
          const key = nodeKey(item, date)
          const seen = materials.get(key)
          if (seen) seen.quantity = seen.quantity.plus(need)
          else materials.set(key, { date, item, quantity: need })
          continue
        }
        const child = nodeOf(item, date, need.times(0))
        child.quantity = child.quantity.plus(need)
        child.parents.push({ key: parent.key, quantity: need })
        child.level = Math.max(child.level, parent.level + 1)
        addTo(dates, item, date)
      }
    }
  }
  return {
    materials: [...materials.values()],
    nodes: [...nodes.values()].sort((a, b) => a.level - b.level || a.key.localeCompare(b.key)),
    ok: true,
  }
}

/** Each product with a recipe, and the products with a recipe that it is made from. */
function recipeGraph(recipes: ReadonlyMap<number, PlanRecipe>): Map<number, number[]> {
  const graph: Map<number, number[]> = new Map()
  for (const [product, recipe] of recipes) {
    graph.set(
      product,
      recipe.components.map((c) => c.item).filter((item) => recipes.has(item)),
    )
  }
  return graph
}

/** What making `produce` of a recipe needs of each item, a component listed twice summed. */
function componentNeeds(recipe: PlanRecipe, produce: Decimal): Map<number, Decimal> {
  const needs = new Map<number, Decimal>()
  for (const component of recipe.components) {
    const need = scaleComponent({
      basis: recipe.basis,
      output: recipe.output,
      produce,
      quantity: component.quantity,
    })
    needs.set(component.item, (needs.get(component.item) ?? need.times(0)).plus(need))
  }
  return needs
}

const addTo = (map: Map<number, Set<string>>, key: number, value: string) => {
  const set = map.get(key)
  if (set) set.add(value)
  else map.set(key, new Set([value]))
}

/**
 * The products reachable from `starts`, each before every product its recipe consumes (Kahn's
 * algorithm over the reachable part), or the first cycle found, as its path.
 */
function topologicalOrder(
  graph: RecipeGraph,
  starts: readonly number[],
): { ok: true; products: number[] } | { code: 'cycle'; ok: false; path: number[] } {
  const reachable = new Set<number>()
  const stack = [...starts]
  while (stack.length) {
    const product = stack.pop()!
    if (reachable.has(product)) continue
    reachable.add(product)
    for (const child of graph.get(product) ?? []) stack.push(child)
  }
  const incoming = new Map<number, number>([...reachable].map((product) => [product, 0]))
  for (const product of reachable) {
    for (const child of new Set(graph.get(product) ?? [])) {
      incoming.set(child, incoming.get(child)! + 1)
    }
  }
  const ready = [...reachable]
    .filter((product) => incoming.get(product) === 0)
    .sort((a, b) => a - b)
  const products: number[] = []
  for (let next = 0; next < ready.length; next++) {
    const product = ready[next]!
    products.push(product)
    for (const child of new Set(graph.get(product) ?? [])) {
      const left = incoming.get(child)! - 1
      incoming.set(child, left)
      if (left === 0) ready.push(child)
    }
  }
  if (products.length === reachable.size) return { ok: true, products }
  for (const start of starts) {
    const path = findCycle(graph, start)
    if (path) return { code: 'cycle', ok: false, path }
  }
  // Kahn's algorithm stalls only on a cycle, and every product here is reachable from a start.
  throw new Error('unreachable: stalled without a cycle')
}
