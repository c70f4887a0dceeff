import Big from 'big.js'
import type { PayloadRequest } from 'payload'

import { describePath } from '../rules/bomGraph'
import { type BomCost, costBom, type CostRecipe } from '../rules/bomCost'
import { currentCost, type CurrentCost } from '../rules/currentCost'
import { parseDecimal, problemText } from '../../platform/rules/decimal'
import { invalid } from '../../platform/errors'
import { lastReceiptCosts, lotsOnHand } from '../../ledger'
import { intArray, query, sql, transactionDb } from '../../platform/transactionDb'
import type { Bom } from '../../payload-types'
import { defineAction } from '../../platform/defineAction'
import { idOf } from '../../platform/idOf'

type Args = { id: number; quantity?: number | string | null }

type ItemFacts = { id: number; name: string; sku: string; unit: string }

/**
 * The standard cost of a bill of materials, before anything is made: what `quantity` (the BOM's
 * output when not given) costs at today's component costs, sub-recipes rolled up through their
 * active BOMs, operations at their rates. Every money figure is governed by `boms.viewCosts`, so
 * a user without it sees the recipe's quantities and sources but no figure.
 */
export const bomCost = defineAction({
  args: { id: 'Int!', quantity: 'JSON' },
  costs: {
    cost: 'boms.viewCosts',
    materialCost: 'boms.viewCosts',
    operationCost: 'boms.viewCosts',
    ratePerHour: 'boms.viewCosts',
    totalCost: 'boms.viewCosts',
    unitCost: 'boms.viewCosts',
  },
  description: 'view bills of materials',
  kind: 'query',
  name: 'bomCost',
  permission: 'boms.view',
  perform: async (req, args: Args) => {
    if (!Number.isSafeInteger(args.id) || args.id <= 0)
      throw invalid('id', 'must be the id of a bill of materials')
    const {
      docs: [doc],
    } = await req.payload.find({
      collection: 'boms',
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
      where: { id: { equals: args.id } },
    })
    if (!doc) throw invalid('id', `no bill of materials with id ${args.id}`)
    let quantity: Big | undefined
    if (args.quantity !== undefined && args.quantity !== null) {
      const parsed = parseDecimal(args.quantity, 'positive')
      if (!parsed.ok) throw invalid('quantity', problemText[parsed.problem])
      quantity = parsed.value
    }

    const product = idOf(doc.product)
    const recipes = await loadActiveRecipes(req, product, doc)
    const made = new Set([product, ...recipes.keys()])
    const components = [doc, ...recipes.values()].flatMap((bom) =>
      (bom.components ?? []).map((component) => idOf(component.item)),
    )
    const bought = [...new Set(components)].filter((item) => !made.has(item))
    const result = costBom({
      itemCosts: await currentCosts(req, bought),
      product,
      quantity,
      recipe: costRecipeOf(doc),
      recipes: new Map([...recipes].map(([item, bom]) => [item, costRecipeOf(bom)])),
    })
    const items = await itemFacts(req, [
      ...made,
      ...components,
      ...[doc, ...recipes.values()].flatMap((bom) =>
        (bom.operations ?? []).map((operation) => idOf(operation.resource)),
      ),
    ])
    const nameOf = (id: number) => items.get(id)?.name ?? `#${id}`
    if (!result.ok)
      throw invalid(
        'id',
        `the recipes form a cycle: ${describePath(result.path, nameOf)}; it has no standard cost`,
        { code: 'cycle' },
      )
    return { ...view(result.cost, items), name: doc.name ?? null }
  },
})

/** What bomCost answers, as the admin's standard cost panel reads it. */
export type BomCostView = Awaited<ReturnType<typeof bomCost.perform>>

const costRecipeOf = (bom: Bom): CostRecipe => ({
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
async function loadActiveRecipes(req: PayloadRequest, product: number, top: Bom) {
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
    const { docs } = await req.payload.find({
      collection: 'boms',
      depth: 0,
      overrideAccess: true,
      pagination: false,
      req,
      sort: 'id',
      where: { active: { equals: true }, product: { in: frontier } },
    })
    const found: Bom[] = []
    for (const bom of docs) {
      if (recipes.has(idOf(bom.product))) continue
      recipes.set(idOf(bom.product), bom)
      found.push(bom)
    }
    frontier = next(found)
  }
  return recipes
}

/**
 * Each bought component's current cost: its lots on hand at physical locations, the unit cost of
 * its latest receipt against a purchase order (a receipt since reversed does not count), and its
 * standard cost, chosen among by currentCost.
 */
export async function currentCosts(
  req: PayloadRequest,
  items: readonly number[],
): Promise<Map<number, CurrentCost>> {
  if (!items.length) return new Map()
  const db = await transactionDb(req)
  const ids = intArray(items)
  // One after another: the request's transaction is one connection.
  const lots = await lotsOnHand(req, items)
  const purchases = await lastReceiptCosts(req, items)
  const standards = await query<{ id: number; standard_cost: null | string }>(
    db,
    sql`select id, standard_cost::text as standard_cost from items where id = any(${ids})`,
  )
  const lastPurchase = new Map(purchases.map((row) => [row.item, new Big(row.unit_cost)]))
  const standard = new Map(
    standards.map((row) => [
      row.id,
      row.standard_cost === null ? null : new Big(row.standard_cost),
    ]),
  )
  return new Map(
    items.map((item) => [
      item,
      currentCost({
        lastPurchase: lastPurchase.get(item) ?? null,
        onHand: lots
          .filter((row) => row.item === item)
          .map((row) => ({
            quantity: new Big(row.on_hand),
            unitCost: row.unit_cost === null ? null : new Big(row.unit_cost),
          })),
        standardCost: standard.get(item) ?? null,
      }),
    ]),
  )
}

async function itemFacts(req: PayloadRequest, ids: number[]): Promise<Map<number, ItemFacts>> {
  const { docs } = await req.payload.find({
    collection: 'items',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { name: true, sku: true, unit: true },
    where: { id: { in: [...new Set(ids)] } },
  })
  return new Map(docs.map((item) => [item.id, item as ItemFacts]))
}

const itemView = (items: ReadonlyMap<number, ItemFacts>, id: number) => {
  const item = items.get(id)
  return { id, name: item?.name ?? `#${id}`, sku: item?.sku ?? null, unit: item?.unit ?? null }
}

type CostLineView = {
  breakdown?: BomCostLevelView
  cost: string
  item: ReturnType<typeof itemView>
  note: null | string
  quantity: string
  source: string
  unitCost: null | string
}

export type BomCostLevelView = {
  basis: string
  bom: number
  lines: CostLineView[]
  materialCost: string
  operationCost: string
  operations: {
    cost: string
    crewSize: string
    minutes: string
    ratePerHour: null | string
    resource: ReturnType<typeof itemView>
    resourceType: string
    step: string
  }[]
  output: string
  product: ReturnType<typeof itemView>
  quantity: string
  totalCost: string
  unitCost: string
}

/** A costing as JSON: exact decimals as strings, items with their names. */
function view(cost: BomCost, items: ReadonlyMap<number, ItemFacts>): BomCostLevelView {
  return {
    basis: cost.basis,
    bom: cost.bom,
    lines: cost.lines.map((line) => ({
      ...(line.breakdown ? { breakdown: view(line.breakdown, items) } : {}),
      cost: line.cost.toFixed(),
      item: itemView(items, line.item),
      note: line.note ?? null,
      quantity: line.quantity.toFixed(),
      source: line.source,
      unitCost: line.unitCost?.toFixed() ?? null,
    })),
    materialCost: cost.materialCost.toFixed(),
    operationCost: cost.operationCost.toFixed(),
    operations: cost.operations.map((operation) => ({
      cost: operation.cost.toFixed(),
      crewSize: operation.crewSize.toFixed(),
      minutes: operation.minutes.toFixed(),
      ratePerHour: operation.ratePerHour?.toFixed() ?? null,
      resource: itemView(items, operation.resource),
      resourceType: operation.resourceType,
      step: operation.step,
    })),
    output: cost.output.toFixed(),
    product: itemView(items, cost.product),
    quantity: cost.quantity.toFixed(),
    totalCost: cost.totalCost.toFixed(),
    unitCost: cost.unitCost.toFixed(),
  }
}
