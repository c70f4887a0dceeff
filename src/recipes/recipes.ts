import Big from 'big.js'
import type { PayloadRequest, SelectType, TransformCollectionWithSelect } from 'payload'

import type { Recipe } from './rules/recipeRequirements'
import { idOf } from '../platform/idOf'

export type BomDoc = {
  basis: 'per_batch' | 'per_unit'
  components?: { item: unknown; quantity: number }[] | null
  id: number
  operations?: { crewSize: number; minutes: number; resource: unknown }[] | null
  outputQuantity: number
  product: unknown
}

/** The product's active recipe, if it has one. */
export async function activeBomOf(req: PayloadRequest, product: number): Promise<number | null> {
  const { docs } = await req.payload.find({
    collection: 'boms',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
    select: { product: true },
    where: { active: { equals: true }, product: { equals: product } },
  })
  return docs[0]?.id ?? null
}

/**
 * The active BOMs of `products`, oldest first: a product's first is its recipe wherever a product
 * with several active BOMs must be read the same way every time.
 */
export async function activeBomDocs<Select extends SelectType>(
  req: PayloadRequest,
  products: readonly number[],
  select?: Select,
): Promise<TransformCollectionWithSelect<'boms', Select>[]> {
  if (products.length === 0) return []
  // Typed by the caller's select: the find over a generic select is too wide for the compiler.
  const find = req.payload.find as (args: object) => Promise<{ docs: unknown[] }>
  const { docs } = await find({
    collection: 'boms',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    ...(select ? { select } : {}),
    sort: 'id',
    where: { active: { equals: true }, product: { in: [...new Set(products)] } },
  })
  return docs as TransformCollectionWithSelect<'boms', Select>[]
}

/** Each product's active recipe, the oldest when it has several (as plans choose them). */
export async function activeBomsOf(
  req: PayloadRequest,
  products: readonly number[],
): Promise<Map<number, number>> {
  const docs = await activeBomDocs(req, products, { product: true })
  const boms = new Map<number, number>()
  for (const doc of docs) if (!boms.has(idOf(doc.product))) boms.set(idOf(doc.product), doc.id)
  return boms
}

/** A recipe for the pure scaling functions: components marked sub-recipe when they have an active BOM. */
export async function loadRecipe(
  req: PayloadRequest,
  bom: number,
): Promise<Recipe & { product: number }> {
  const doc = (await req.payload.findByID({
    collection: 'boms',
    depth: 0,
    id: bom,
    overrideAccess: true,
    req,
  })) as unknown as BomDoc
  const components = doc.components ?? []
  const subRecipes = await activeBomsOf(
    req,
    components.map((c) => idOf(c.item)),
  )
  return { ...recipeOf(doc, (item) => subRecipes.has(item)), product: idOf(doc.product) }
}

/** A stored BOM as the pure scaling functions read it; `isSubRecipe` says which components have an active recipe. */
export const recipeOf = (doc: BomDoc, isSubRecipe: (item: number) => boolean): Recipe => ({
  basis: doc.basis,
  components: (doc.components ?? []).map((c) => ({
    item: idOf(c.item),
    quantity: new Big(c.quantity),
    subRecipe: isSubRecipe(idOf(c.item)),
  })),
  operations: (doc.operations ?? []).map((o) => ({
    crewSize: new Big(o.crewSize),
    minutes: new Big(o.minutes),
    resource: idOf(o.resource),
  })),
  output: new Big(doc.outputQuantity),
})
