import type { PayloadRequest } from 'payload'

import type { Recipe } from '../recipes/rules/recipeRequirements'
import { idOf } from '../platform/idOf'
import { activeBomDocs, type BomDoc, recipeOf } from '../recipes/recipes'

export type PlanRecipes = Map<number, { bom: number; recipe: Recipe }>

/**
 * The active recipe of every product reachable from `products`, one query per recipe level
 * rather than one per product: a plan of a thousand products reads a handful of pages.
 */
export async function loadPlanRecipes(
  req: PayloadRequest,
  products: readonly number[],
): Promise<PlanRecipes> {
  const docs = new Map<number, BomDoc>()
  const asked = new Set<number>()
  let frontier = [...new Set(products)]
  while (frontier.length) {
    frontier.forEach((product) => asked.add(product))
    // Oldest first, so a product with two active recipes explodes the same way every time.
    const found = (await activeBomDocs(req, frontier)) as unknown as BomDoc[]
    for (const doc of found) {
      if (!docs.has(idOf(doc.product))) docs.set(idOf(doc.product), doc)
    }
    frontier = [
      ...new Set(
        found.flatMap((doc) =>
          (doc.components ?? []).map((c) => idOf(c.item)).filter((item) => !asked.has(item)),
        ),
      ),
    ]
  }
  const recipes: PlanRecipes = new Map()
  for (const [product, doc] of docs) {
    recipes.set(product, { bom: doc.id, recipe: recipeOf(doc, (item) => docs.has(item)) })
  }
  return recipes
}
