/** An item a recipe names, as the recipe check reads it. */
export type RecipeItem = { id: number; kind: string; name: string }
export type Refusal = { message: string; path: string }

/**
 * Whether a recipe's items fit their places: its output a product, its components no resource,
 * its operations' resources resources, and every item known. The first misfit, or null.
 */
export function recipeItemRefusal(
  product: number,
  components: readonly number[],
  resources: readonly number[],
  items: ReadonlyMap<number, RecipeItem>,
): null | Refusal {
  const output = items.get(product)
  if (!output) return { message: `no item with id ${product}`, path: 'product' }
  if (output.kind !== 'product')
    return { message: `${output.name} is a ${output.kind}, not a product`, path: 'product' }
  for (const [i, id] of components.entries()) {
    const path = `components[${i}].item`
    const component = items.get(id)
    if (!component) return { message: `no item with id ${id}`, path }
    if (component.kind === 'resource')
      return {
        message: `${component.name} is a resource: list it under operations, not components`,
        path,
      }
  }
  for (const [i, id] of resources.entries()) {
    const path = `operations[${i}].resource`
    const resource = items.get(id)
    if (!resource) return { message: `no item with id ${id}`, path }
    if (resource.kind !== 'resource')
      return { message: `${resource.name} is a ${resource.kind}, not a resource`, path }
  }
  return null
}
