import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import { post } from '../../src/ledger'
import { receivePurchaseOrder } from '../../src/trade/actions/receivePurchaseOrder'
import { virtualLocation } from '../../src/inventory/virtualLocation'
import {
  demoCategories,
  demoItems,
  demoLocations,
  demoOpeningLots,
  demoPurchaseOrder,
  demoSuppliers,
} from './demoInventory'

/** The id of the document matching `where`, created from `data` when there is none. */
export async function findOrCreate(
  req: PayloadRequest,
  collection: CollectionSlug,
  where: Where,
  data: Record<string, unknown>,
  created: string[],
): Promise<number> {
  const { docs } = await req.payload.find({ collection, depth: 0, limit: 1, req, where })
  if (docs[0]) return docs[0].id as number
  const doc = await req.payload.create({ collection, data: data as never, req })
  created.push(`${collection} ${String(data.name ?? data.sku ?? doc.id)}`)
  return doc.id as number
}

/**
 * Warehouse and floors, categories, suppliers, items, opening stock in lots and one received
 * purchase order. Idempotent: found by name or SKU; the stock posting has a fixed key.
 */
export async function seedInventory(req: PayloadRequest, created: string[]): Promise<void> {
  const category = new Map<string, number>()
  for (const name of demoCategories) {
    category.set(
      name,
      await findOrCreate(req, 'item-categories', { name: { equals: name } }, { name }, created),
    )
  }
  const supplier = new Map<string, number>()
  for (const s of demoSuppliers) {
    supplier.set(
      s.code,
      await findOrCreate(req, 'suppliers', { name: { equals: s.name } }, { ...s }, created),
    )
  }
  const location = new Map<string, number>()
  for (const l of demoLocations) {
    location.set(
      l.code,
      await findOrCreate(req, 'locations', { name: { equals: l.name } }, { ...l }, created),
    )
  }
  const item = new Map<string, number>()
  for (const i of demoItems) {
    const data = {
      category: i.category && category.get(i.category),
      kind: i.kind,
      name: i.name,
      primarySupplier: i.supplier && supplier.get(i.supplier),
      sku: i.sku,
      standardCost: i.standardCost,
      unit: i.unit,
    }
    item.set(i.sku, await findOrCreate(req, 'items', { sku: { equals: i.sku } }, data, created))
  }
  const warehouse = location.get('WH')!
  const supplierSide = await virtualLocation(req, 'supplier')
  const opening = await post(req, {
    key: 'seed/opening-stock',
    lines: demoOpeningLots.map((lot) => ({
      from: supplierSide,
      item: item.get(lot.sku)!,
      newLot: { receivedAt: lot.receivedAt, unitCost: lot.unitCost },
      quantity: lot.quantity,
      reason: 'receipt' as const,
      to: warehouse,
    })),
  })
  if (!opening.replayed) created.push(`opening stock (${opening.movements.length} lots)`)

  const { docs } = await req.payload.find({
    collection: 'purchase-orders',
    depth: 0,
    limit: 1,
    req,
    where: { notes: { equals: demoPurchaseOrder.notes } },
  })
  if (!docs[0]) {
    const order = await req.payload.create({
      collection: 'purchase-orders',
      data: {
        lines: demoPurchaseOrder.lines.map((l) => ({
          item: item.get(l.sku)!,
          quantity: l.quantity,
          unitCost: l.unitCost,
        })),
        notes: demoPurchaseOrder.notes,
        status: 'sent',
        supplier: supplier.get(demoPurchaseOrder.supplier)!,
      },
      req,
    })
    await receivePurchaseOrder.perform(req, { id: order.id, key: 'seed', location: warehouse })
    created.push(`purchase order ${order.number ?? order.id} (received)`)
  }
}
