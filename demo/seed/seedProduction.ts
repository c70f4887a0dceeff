import type { PayloadRequest } from 'payload'

import { post } from '../../src/ledger'
import { virtualLocation } from '../../src/inventory/virtualLocation'
import { demoCategories, demoLocations } from './demoInventory'
import {
  demoExecutions,
  demoFloorOpeningLots,
  demoFloorTransfers,
  demoProductionItems,
  demoRecipes,
} from './demoProduction'
import { demoStatusIds } from './demoLookups'
import { demoStatuses } from './seedWorkflow'

/** Ids by a key, failing loudly when the inventory seed did not create what production needs. */
const lookup = (what: string, map: Map<string, number>) => (key: string) => {
  const id = map.get(key)
  if (id === undefined) throw new Error(`The demo production seed needs ${what} ${key}`)
  return id
}

async function idsByName(
  req: PayloadRequest,
  collection: 'item-categories' | 'locations',
  names: readonly string[],
) {
  const { docs } = await req.payload.find({
    collection,
    depth: 0,
    pagination: false,
    req,
    where: { name: { in: [...names] } },
  })
  return new Map(docs.map((doc) => [doc.name, doc.id]))
}

/**
 * The demo's production, after its stock and workflow: the missing products, a recipe for every
 * product, stock on the floors, and executions in every status of the demo workflow, moved there
 * one status at a time through the Local API so the status rules post their stock. Idempotent:
 * items by SKU, recipes by product, executions by lot label; the postings have fixed keys.
 */
export async function seedProduction(req: PayloadRequest, created: string[]): Promise<void> {
  const { payload } = req
  const categories = await idsByName(req, 'item-categories', demoCategories)
  for (const item of demoProductionItems) {
    const { totalDocs } = await payload.count({
      collection: 'items',
      req,
      where: { sku: { equals: item.sku } },
    })
    if (totalDocs > 0) continue
    await payload.create({
      collection: 'items',
      data: {
        ...(item.batchSize ? { batchSize: item.batchSize, productionMode: 'batch' as const } : {}),
        category: item.category && categories.get(item.category),
        kind: 'product',
        name: item.name,
        sku: item.sku,
        standardCost: item.standardCost,
        unit: item.unit,
      },
      req,
    })
    created.push(`items ${item.name}`)
  }
  const { docs: items } = await payload.find({
    collection: 'items',
    depth: 0,
    pagination: false,
    req,
    select: { name: true, sku: true },
    where: {
      sku: {
        in: [
          'LABOUR-H',
          ...demoRecipes.flatMap((r) => [r.product, ...r.components.map((c) => c.sku)]),
        ],
      },
    },
  })
  const item = lookup('the item', new Map(items.map((i) => [i.sku, i.id])))

  for (const recipe of demoRecipes) {
    const { totalDocs } = await payload.count({
      collection: 'boms',
      req,
      where: { product: { equals: item(recipe.product) } },
    })
    if (totalDocs > 0) continue
    const bom = await payload.create({
      collection: 'boms',
      data: {
        basis: recipe.basis,
        components: recipe.components.map((c) => ({
          item: item(c.sku),
          note: c.note,
          quantity: c.quantity,
        })),
        operations: (recipe.operations ?? []).map((o) => ({
          ...o,
          resource: item('LABOUR-H'),
          resourceType: 'labor' as const,
        })),
        outputQuantity: recipe.outputQuantity,
        product: item(recipe.product),
      },
      req,
    })
    created.push(`boms ${bom.name}`)
  }

  const locations = await idsByName(
    req,
    'locations',
    demoLocations.map((l) => l.name),
  )
  const location = (code: string) =>
    lookup('the location', locations)(demoLocations.find((l) => l.code === code)?.name ?? code)
  const transfer = await post(req, {
    key: 'seed/floor-transfers',
    lines: demoFloorTransfers.map((line) => ({
      from: location('WH'),
      item: item(line.sku),
      quantity: line.quantity,
      reason: 'transfer' as const,
      to: location(line.floor),
    })),
  })
  if (!transfer.replayed) created.push(`floor stock (${transfer.movements.length} transfers)`)
  const adjustment = await virtualLocation(req, 'adjustment')
  const found = await post(req, {
    key: 'seed/floor-opening-stock',
    lines: demoFloorOpeningLots.map((lot) => ({
      from: adjustment,
      item: item(lot.sku),
      newLot: { receivedAt: lot.receivedAt, unitCost: lot.unitCost },
      quantity: lot.quantity,
      reason: 'adjustment' as const,
      to: location(lot.floor),
    })),
  })
  if (!found.replayed) created.push(`floor opening stock (${found.movements.length} lots)`)

  // Executions only on the demo workflow: one an admin reshaped has other statuses.
  const statusIds = await demoStatusIds(req)
  if (!statusIds) return
  const path = demoStatuses.map((s) => statusIds[s.name])
  const terminal = path.length - 1
  for (const execution of demoExecutions) {
    const { totalDocs } = await payload.count({
      collection: 'executions',
      req,
      where: { lotLabel: { equals: execution.lotLabel } },
    })
    if (totalDocs > 0) continue
    const doc = await payload.create({
      collection: 'executions',
      data: {
        lotLabel: execution.lotLabel,
        plannedQuantity: execution.plannedQuantity,
        product: item(execution.product),
        productionDate: execution.productionDate,
        productionFloor: location(execution.floor),
        status: path[0]!,
      },
      depth: 0,
      req,
    })
    const target = demoStatuses.findIndex((s) => s.name === execution.status)
    for (let at = 1; at <= target; at++) {
      await payload.update({
        collection: 'executions',
        data:
          at === terminal
            ? { producedQuantity: execution.producedQuantity, status: path[at] }
            : { status: path[at] },
        depth: 0,
        id: doc.id,
        req,
      })
    }
    created.push(`executions ${execution.lotLabel} (${execution.status})`)
  }
}
