import Big from 'big.js'
import type { CollectionBeforeValidateHook } from 'payload'

import { parseDecimal } from '../../platform/rules/decimal'
import { recipeRequirements } from '../../recipes/rules/recipeRequirements'
import { invalid } from '../../platform/errors'
import { idOf } from '../../platform/idOf'
import { activeBomOf, loadRecipe } from '../../recipes/recipes'

type Requirement = { item: unknown; requiredQuantity: unknown }

const sameRequirements = (a: Requirement[] = [], b: Requirement[] = []) =>
  JSON.stringify(a.map((r) => [idOf(r.item), Number(r.requiredQuantity)])) ===
  JSON.stringify(b.map((r) => [idOf(r.item), Number(r.requiredQuantity)]))

/**
 * Fills an execution from its product's recipe: the active BOM when none is named, the product's
 * name as description, and the requirements scaled to the planned quantity when they were left
 * empty, or when the recipe or the quantity changed and the requirements were not edited with it.
 */
export const fillRequirementsFromRecipe: CollectionBeforeValidateHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (!data) return data
  const product = data.product ?? originalDoc?.product
  if (!product) return data
  if (operation === 'create') {
    if (!data.bom) data.bom = (await activeBomOf(req, idOf(product))) ?? undefined
    if (!data.productDescription) {
      const item = await req.payload.findByID({
        collection: 'items',
        depth: 0,
        id: idOf(product),
        overrideAccess: true,
        req,
        select: { name: true },
      })
      data.productDescription = item.name
    }
  }
  const bom = data.bom ?? originalDoc?.bom
  const planned = data.plannedQuantity ?? originalDoc?.plannedQuantity
  const given: Requirement[] | undefined = data.requirements
  const refill =
    operation === 'create'
      ? !given?.length
      : ((data.bom !== undefined && idOf(data.bom) !== idOf(originalDoc?.bom)) ||
          Number(planned) !== Number(originalDoc?.plannedQuantity)) &&
        (given === undefined || sameRequirements(given, originalDoc?.requirements))
  if (!refill || !bom) return data
  const quantity = parseDecimal(planned, 'positive')
  if (!quantity.ok) throw invalid('plannedQuantity', 'must be greater than zero')
  const recipe = await loadRecipe(req, idOf(bom))
  if (recipe.product !== idOf(product))
    throw invalid('bom', `recipe ${idOf(bom)} does not make this product`)
  data.requirements = recipeRequirements(recipe, new Big(quantity.value)).map((line) => ({
    item: line.item,
    kind: line.kind,
    requiredQuantity: Number(line.requiredQuantity.toFixed()),
    supplyStatus: 'not_requested',
  }))
  return data
}
