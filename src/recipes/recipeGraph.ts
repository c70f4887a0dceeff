import type { PayloadRequest } from 'payload'

import { describePath, findCycle } from './rules/bomGraph'
import { invalid } from '../platform/errors'
import { idOf } from '../platform/idOf'
import { lockFor } from '../platform/lockFor'

/**
 * Changes to the recipe graph take turns until their transaction ends, on every app server: two
 * saves that each add half of a cycle would otherwise both read a graph without it.
 */
export const lockRecipeGraph = (req: PayloadRequest): Promise<void> =>
  lockFor(req, 'boms/recipe-graph')

/** Every active recipe's edges (product → the products it consumes), except recipe `except`. */
export async function activeRecipeGraph(req: PayloadRequest, except?: number) {
  const { docs } = await req.payload.find({
    collection: 'boms',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { components: true, product: true },
    where: { active: { equals: true }, ...(except ? { id: { not_equals: except } } : {}) },
  })
  const graph = new Map<number, number[]>()
  for (const bom of docs) {
    const product = idOf(bom.product)
    graph.set(product, [
      ...(graph.get(product) ?? []),
      ...(bom.components ?? []).map((c) => idOf(c.item)),
    ])
  }
  return { graph, recipes: docs }
}

/** Refuses (400 at `path`) when a cycle is reachable from `product`, naming it: A → B → A. */
export async function refuseCycle(
  req: PayloadRequest,
  graph: Map<number, number[]>,
  product: number,
  path: string,
  problem = 'the recipe would make a cycle',
): Promise<void> {
  const cycle = findCycle(graph, product)
  if (!cycle) return
  const { docs } = await req.payload.find({
    collection: 'items',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { name: true },
    where: { id: { in: cycle } },
  })
  const nameOf = new Map(docs.map((d) => [d.id, (d as { name: string }).name]))
  throw invalid(path, `${problem}: ${describePath(cycle, (id) => nameOf.get(id) ?? `#${id}`)}`, {
    code: 'cycle',
  })
}

/**
 * Production is made only from recipes whose sub-recipes end: saving a cycle is refused, and this
 * refuses one that reached the database anyway (raw SQL, an older version) before anything is made.
 */
export async function refuseLoopingRecipes(
  req: PayloadRequest,
  lines: readonly { path: string; product: number }[],
): Promise<void> {
  if (lines.length === 0) return
  const { graph } = await activeRecipeGraph(req)
  for (const line of lines)
    await refuseCycle(req, graph, line.product, line.path, "its recipe's sub-recipes loop")
}
