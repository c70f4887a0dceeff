import Big from 'big.js'
import type { PayloadRequest, Where } from 'payload'

import { scaleComponent } from '../recipes/rules/scaling'
import type { RecipeCard } from './recipeCards'
import type { Bom, Item } from '../payload-types'
import { idOf } from '../platform/idOf'
import { selectExecutions } from '../executions/selectExecutions'

type ItemFacts = Pick<Item, 'id' | 'kind' | 'name' | 'sku' | 'unit'>

/**
 * What the recipe cards of the selected executions show, in the order given: the product, lot,
 * date and planned quantity; the ingredients as the execution's requirements hold them (already
 * scaled, edits included; resources are left out, they are the steps' time); and the steps of its
 * recipe (the execution's BOM, or else the product's active one) with their minutes scaled to the
 * planned quantity as the requirements are. The executions are read as the user may read them
 * (unknown or unreadable ids are a 400 naming them); their products, items and recipes go with
 * them, as the execution view shows them.
 */
export async function recipeCardData(req: PayloadRequest, ids: unknown): Promise<RecipeCard[]> {
  const selected = await selectExecutions(req, ids)
  const docs = selected.map(({ doc }) => doc)
  const { bomOf, boms } = await loadRecipes(req, docs)
  const itemById = await loadItems(req, docs, boms)
  return docs.map((doc, i) => cardOf(selected[i]!.code, doc, bomOf(doc), itemById))
}

type Execution = Awaited<ReturnType<typeof selectExecutions>>[number]['doc']

const unique = (values: number[]) => [...new Set(values)]

/**
 * The recipes of the executions: the BOM each names, or else its product's active one (as
 * activeBomOf chooses: the first active one in the default order).
 */
async function loadRecipes(req: PayloadRequest, docs: Execution[]) {
  const named = unique(docs.flatMap((doc) => (doc.bom ? [idOf(doc.bom)] : [])))
  const withoutBom = unique(docs.filter((doc) => !doc.bom).map((doc) => idOf(doc.product)))
  const which: Where[] = [
    ...(named.length ? [{ id: { in: named } }] : []),
    ...(withoutBom.length
      ? [{ and: [{ active: { equals: true } }, { product: { in: withoutBom } }] }]
      : []),
  ]
  const boms = which.length
    ? ((
        await req.payload.find({
          collection: 'boms',
          depth: 0,
          overrideAccess: true,
          pagination: false,
          req,
          select: {
            active: true,
            basis: true,
            components: true,
            operations: true,
            outputQuantity: true,
            product: true,
          },
          where: { or: which },
        })
      ).docs as unknown as Bom[])
    : []
  const bomById = new Map(boms.map((bom) => [bom.id, bom]))
  const activeBom = new Map<number, Bom>()
  for (const bom of boms)
    if (bom.active && !activeBom.has(idOf(bom.product))) activeBom.set(idOf(bom.product), bom)
  const bomOf = (doc: Execution) =>
    doc.bom ? bomById.get(idOf(doc.bom)) : activeBom.get(idOf(doc.product))

  return { bomOf, boms }
}

/** The products, the items the requirements name and the resources of the recipes' steps. */
async function loadItems(req: PayloadRequest, docs: Execution[], boms: Bom[]) {
  const itemIds = unique([
    ...docs.map((doc) => idOf(doc.product)),
    ...docs.flatMap((doc) => (doc.requirements ?? []).map((line) => idOf(line.item))),
    ...boms.flatMap((bom) => (bom.operations ?? []).map((operation) => idOf(operation.resource))),
  ])
  const { docs: items } = (await req.payload.find({
    collection: 'items',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { kind: true, name: true, sku: true, unit: true },
    where: { id: { in: itemIds } },
  })) as unknown as { docs: ItemFacts[] }
  return new Map<number, ItemFacts>(items.map((item) => [item.id, item]))
}

/** One execution's card, from what was loaded. */
function cardOf(
  code: string,
  doc: Execution,
  bom: Bom | undefined,
  itemById: Map<number, ItemFacts>,
): RecipeCard {
  const product = itemById.get(idOf(doc.product))
  const notes = new Map<number, string>()
  for (const component of bom?.components ?? []) {
    const note = component.note?.trim()
    if (note && !notes.has(idOf(component.item))) notes.set(idOf(component.item), note)
  }
  const minutes = (value: number) => {
    if (!bom || !(bom.outputQuantity > 0)) return value
    return Number(
      scaleComponent({
        basis: bom.basis,
        output: new Big(bom.outputQuantity),
        produce: new Big(doc.plannedQuantity),
        quantity: new Big(value),
      }).round(3),
    )
  }
  return {
    code,
    id: doc.id,
    ingredients: (doc.requirements ?? []).flatMap((line) => {
      const item = itemById.get(idOf(line.item))
      if (item?.kind === 'resource') return []
      const note = [notes.get(idOf(line.item)), line.kind === 'sub_recipe' ? 'sub-recipe' : '']
        .filter(Boolean)
        .join(' · ')
      return [
        {
          name: item?.name ?? `Item ${idOf(line.item)}`,
          note,
          quantity: line.requiredQuantity,
          sku: item?.sku ?? '',
          unit: item?.unit ?? '',
        },
      ]
    }),
    lotLabel: doc.lotLabel,
    planned: { quantity: doc.plannedQuantity, unit: product?.unit ?? '' },
    product: {
      name: doc.productDescription?.trim() || product?.name || `Item ${idOf(doc.product)}`,
      sku: product?.sku ?? '',
    },
    productionDate: doc.productionDate,
    steps: (bom?.operations ?? []).map((operation) => ({
      crewSize: operation.crewSize,
      minutes: minutes(operation.minutes),
      name: operation.step,
      resource: itemById.get(idOf(operation.resource))?.name ?? null,
    })),
  }
}
