import type { CollectionBeforeChangeHook } from 'payload'

import { activeRecipeGraph, lockRecipeGraph, refuseCycle } from '../recipeGraph'
import { parseDecimal, problemText } from '../../platform/rules/decimal'
import { invalid } from '../../platform/errors'
import { idOf } from '../../platform/idOf'
import { type RecipeItem, recipeItemRefusal } from '../rules/recipeItems'

const positive = (value: unknown, path: string) => {
  const parsed = parseDecimal(value, 'positive')
  if (!parsed.ok) throw invalid(path, problemText[parsed.problem])
}

/**
 * A recipe must be producible: positive quantities, a product as output, resources only in
 * operations, one active recipe per product, and no cycle through other recipes at any depth.
 * Saves of active recipes take turns (lockRecipeGraph), so two of them cannot each add half of a
 * cycle or each make a second active recipe.
 */
export const refuseInvalidRecipe: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
}) => {
  positive(data.outputQuantity, 'outputQuantity')
  const components: { item: unknown; quantity: unknown }[] = data.components ?? []
  const operations: { crewSize: unknown; minutes: unknown; resource: unknown }[] =
    data.operations ?? []
  components.forEach((c, i) => positive(c.quantity, `components[${i}].quantity`))
  operations.forEach((o, i) => {
    positive(o.crewSize, `operations[${i}].crewSize`)
    positive(o.minutes, `operations[${i}].minutes`)
  })
  const product = idOf(data.product)
  const componentIds = components.map((c) => idOf(c.item))
  const resourceIds = operations.map((o) => idOf(o.resource))
  const ids = [product, ...componentIds, ...resourceIds]
  const { docs } = await req.payload.find({
    collection: 'items',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { kind: true, name: true },
    where: { id: { in: ids } },
  })
  const items = new Map((docs as RecipeItem[]).map((item) => [item.id, item]))
  const refusal = recipeItemRefusal(product, componentIds, resourceIds, items)
  if (refusal) throw invalid(refusal.path, refusal.message)
  const output = items.get(product)!
  if (!data.name) data.name = `${output.name} recipe`
  if (data.active === false) return data
  await lockRecipeGraph(req)
  const { graph, recipes } = await activeRecipeGraph(req, originalDoc?.id)
  const rival = recipes.find((bom) => idOf(bom.product) === product)
  if (rival)
    throw invalid(
      'active',
      `${output.name} already has an active recipe (id ${rival.id}); deactivate it first`,
    )
  graph.set(
    product,
    components.map((c) => idOf(c.item)),
  )
  await refuseCycle(req, graph, product, 'components')
  return data
}
