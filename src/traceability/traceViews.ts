import type { CollectionSlug, PayloadRequest } from 'payload'

import { lotsOnHandByLocation } from '../ledger'
import { findAllByIds } from '../platform/findAllByIds'
import { idOf } from '../platform/idOf'

export type TraceLotView = {
  code: string
  disposition: null | string
  expiresAt: null | string
  id: number
  item: { id: number; name: string; sku: string; unit: string }
  unitCost: null | number
}

export type TraceDocumentView = {
  collection: string
  id: null | number
  /** The sales order the document was made for, with its customer. */
  salesOrder: null | { customer: null | { id: number; name: string }; id: number; number: string }
  title: string
}

export type OnHandView = {
  location: { id: number; name: string }
  onHand: string
  reserved: string
}

/** The field that names a document of each kind a trace passes through. */
const titleField: Partial<Record<string, string>> = {
  boms: 'name',
  executions: 'code',
  'inventory-adjustments': 'number',
  'manufacturing-orders': 'orderNumber',
  'production-runs': 'code',
}

/** The lots of a trace with their items, read as the system: a recall names every lot. */
export async function lotViews(
  req: PayloadRequest,
  lots: number[],
): Promise<Record<string, TraceLotView>> {
  // Only the fields shown: a whole lot or item would also load its joins (every movement).
  const docs = await findAllByIds(req, 'lots', lots, {
    code: true,
    disposition: true,
    expiresAt: true,
    item: true,
    unitCost: true,
  })
  const items = new Map(
    (
      await findAllByIds(
        req,
        'items',
        docs.map((lot) => idOf(lot.item)!),
        { name: true, sku: true, unit: true },
      )
    ).map((item) => [item.id, item]),
  )
  return Object.fromEntries(
    docs.map((lot) => {
      const item = items.get(idOf(lot.item)!)
      return [
        String(lot.id),
        {
          code: lot.code,
          disposition: lot.disposition ?? null,
          expiresAt: lot.expiresAt ?? null,
          id: lot.id,
          item: {
            id: item?.id ?? idOf(lot.item)!,
            name: item?.name ?? '',
            sku: item?.sku ?? '',
            unit: item?.unit ?? '',
          },
          unitCost: lot.unitCost ?? null,
        },
      ]
    }),
  )
}

/** The documents of a trace (`executions:12`, `posting:<key>`) named, with their sales orders. */
export async function documentViews(
  req: PayloadRequest,
  events: string[],
): Promise<Record<string, TraceDocumentView>> {
  const byCollection = new Map<string, number[]>()
  for (const event of events) {
    const [collection, id] = splitEvent(event)
    if (id !== null && titleField[collection])
      byCollection.set(collection, [...(byCollection.get(collection) ?? []), id])
  }
  const found = new Map<string, Record<string, unknown>>()
  for (const [collection, ids] of byCollection)
    for (const doc of await findAllByIds(req, collection as CollectionSlug, ids, {
      [titleField[collection]!]: true,
      salesOrder: true,
    }))
      found.set(`${collection}:${doc.id}`, doc as unknown as Record<string, unknown>)
  const orders = await salesOrderViews(
    req,
    [...found.values()].map((doc) => idOf(doc.salesOrder)),
  )
  return Object.fromEntries(
    events.map((event) => {
      const [collection, id] = splitEvent(event)
      const doc = found.get(event)
      const title = doc ? String(doc[titleField[collection]!] ?? event) : event
      const salesOrder = (doc && orders.get(idOf(doc.salesOrder) ?? -1)) ?? null
      return [event, { collection, id, salesOrder, title }]
    }),
  )
}

/** `executions:12` → ['executions', 12]; a posting without a document → ['posting', null]. */
const splitEvent = (event: string): [string, null | number] => {
  const at = event.indexOf(':')
  const collection = event.slice(0, at)
  const id = Number(event.slice(at + 1))
  return [collection, collection !== 'posting' && Number.isInteger(id) ? id : null]
}

async function salesOrderViews(req: PayloadRequest, ids: (null | number | undefined)[]) {
  const wanted = ids.filter((id): id is number => typeof id === 'number')
  const orders = wanted.length
    ? await findAllByIds(req, 'sales-orders', wanted, { customer: true, number: true })
    : []
  const customers = new Map(
    (
      await findAllByIds(
        req,
        'customers',
        orders.map((order) => idOf(order.customer)!),
        { name: true },
      )
    ).map((customer) => [customer.id, { id: customer.id, name: customer.name }]),
  )
  return new Map(
    orders.map((order) => [
      order.id,
      {
        customer: customers.get(idOf(order.customer)!) ?? null,
        id: order.id,
        number: order.number ?? String(order.id),
      },
    ]),
  )
}

/** Where each lot is on hand now, at physical locations, named. */
export async function onHandViews(
  req: PayloadRequest,
  lots: number[],
): Promise<Record<string, OnHandView[]>> {
  const rows = await lotsOnHandByLocation(req, lots)
  const names = new Map(
    (
      await findAllByIds(
        req,
        'locations',
        rows.map((row) => row.location),
        { name: true },
      )
    ).map((location) => [location.id, location.name]),
  )
  const views: Record<string, OnHandView[]> = Object.fromEntries(
    lots.map((lot) => [String(lot), []]),
  )
  for (const row of rows)
    views[String(row.lot)]!.push({
      location: { id: row.location, name: names.get(row.location) ?? '' },
      onHand: row.on_hand,
      reserved: row.reserved,
    })
  return views
}
