import type { PayloadRequest } from 'payload'

import type { BomCost } from './rules/bomCost'

export type ItemFacts = { id: number; name: string; sku: string; unit: string }

export async function itemFacts(
  req: PayloadRequest,
  ids: number[],
): Promise<Map<number, ItemFacts>> {
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
export function view(cost: BomCost, items: ReadonlyMap<number, ItemFacts>): BomCostLevelView {
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

/** What bomCost answers, as the admin's standard cost panel reads it. */
export type BomCostView = BomCostLevelView & { name: null | string }
