import Big from 'big.js'
import type { PayloadRequest } from 'payload'

import type { Bom } from '../payload-types'
import { idOf } from '../platform/idOf'
import type { CostRecipe } from './rules/bomCost'
import { activeBomDocs } from './recipes'

/** A BOM as the costing rule reads it: exact decimals, relationships as ids. */
export const costRecipeOf = (bom: Bom): CostRecipe => ({
  basis: bom.basis,
  bom: bom.id,
  components: (bom.components ?? []).map((component) => ({
    item: idOf(component.item),
    note: component.note ?? null,
    quantity: new Big(component.quantity),
  })),
  operations: (bom.operations ?? []).map((operation) => ({
    crewSize: new Big(operation.crewSize),
    minutes: new Big(operation.minutes),
    ratePerHour: operation.ratePerHour == null ? null : new Big(operation.ratePerHour),
    resource: idOf(operation.resource),
    resourceType: operation.resourceType,
    step: operation.step,
  })),
  output: new Big(bom.outputQuantity),
})

/**
 * The active BOM of every product reachable from `top`'s components, one query per recipe level,
 * the oldest when a product has several (as planning chooses). The top product's own recipe is
 * `top`, whichever of its BOMs is active, so it is not looked up again.
 */
export async function loadActiveRecipes(req: PayloadRequest, product: number, top: Bom) {
  const recipes = new Map<number, Bom>()
  const asked = new Set<number>([product])
  const next = (boms: Bom[]) => [
    ...new Set(
      boms.flatMap((bom) =>
        (bom.components ?? []).map((c) => idOf(c.item)).filter((item) => !asked.has(item)),
      ),
    ),
  ]
  let frontier = next([top])
  while (frontier.length) {
    frontier.forEach((item) => asked.add(item))
    const found: Bom[] = []
    for (const bom of await activeBomDocs(req, frontier)) {
      if (recipes.has(idOf(bom.product))) continue
      recipes.set(idOf(bom.product), bom)
      found.push(bom)
    }
    frontier = next(found)
  }
  return recipes
}
