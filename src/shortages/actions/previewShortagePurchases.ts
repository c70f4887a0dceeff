import type { PayloadRequest } from 'payload'

import { type Coverage, locationShortages } from '../rules/locationShortages'
import { defineAction } from '../../platform/defineAction'
import { findAllByIds } from '../../platform/findAllByIds'
import { idOf } from '../../platform/idOf'
import {
  documentNeeds,
  type ShortageCollection,
  type ShortageDocument,
  selectShortageDocuments,
} from '../shortageDocuments'
import { shortageStock } from '../shortageStock'

type Args = { documents: unknown }

type Figures = Record<keyof Coverage, string>
type Named = { id: number; name: string }

export type ShortagePreview = {
  /** The documents, as read, in the order given. */
  documents: { code: string; collection: ShortageCollection; id: number; location: Named }[]
  /** Per item they still need: how it is covered, and what to buy of it by default. */
  items: (Figures & {
    /** Per document: the same figures at its location. */
    documents: (Figures & { code: string; collection: ShortageCollection; id: number })[]
    item: number
    name: string
    /** What the dialog offers to buy: what is short. */
    quantity: string
    sku: string
    /** The item's primary supplier, or null: the user then chooses one, or leaves it out. */
    supplier: Named | null
    unit: string
  })[]
}

const figures = (c: Coverage): Figures => ({
  incoming: c.incoming.toFixed(),
  issuable: c.issuable.toFixed(),
  needed: c.needed.toFixed(),
  onFloor: c.onFloor.toFixed(),
  short: c.short.toFixed(),
})

const namesOf = async (
  req: PayloadRequest,
  collection: 'locations' | 'suppliers',
  ids: number[],
): Promise<Map<number, string>> => {
  if (ids.length === 0) return new Map()
  const docs = await findAllByIds(req, collection, ids, { name: true })
  return new Map(docs.map((doc) => [doc.id, doc.name ?? `#${doc.id}`]))
}

/** The shortages of `documents` as the preview answers them (see previewShortagePurchases). */
async function shortagePreview(
  req: PayloadRequest,
  selected: ShortageDocument[],
): Promise<ShortagePreview> {
  const needs = await documentNeeds(req, selected)
  const itemIds = [...new Set(needs.flatMap((need) => [...need.required.keys()]))]
  const locationIds = [...new Set(selected.map((s) => s.document.location))]
  const result = locationShortages(needs, await shortageStock(req, itemIds, locationIds))
  const items = await findAllByIds(req, 'items', itemIds, {
    name: true,
    primarySupplier: true,
    sku: true,
    unit: true,
  })
  const itemOf = new Map(items.map((item) => [item.id, item]))
  const supplierOf = (item: number) => {
    const ref = itemOf.get(item)?.primarySupplier
    return ref ? idOf(ref) : null
  }
  const suppliers = await namesOf(
    req,
    'suppliers',
    itemIds.map(supplierOf).filter((s): s is number => s !== null),
  )
  const locations = await namesOf(req, 'locations', locationIds)
  const documentOf = new Map(selected.map((s) => [`${s.collection}/${s.id}`, s]))
  return {
    documents: selected.map((s) => ({
      code: s.code,
      collection: s.collection,
      id: s.id,
      location: { id: s.document.location, name: locations.get(s.document.location) ?? '' },
    })),
    items: result.items.map((row) => {
      const item = itemOf.get(row.item)!
      const supplier = supplierOf(row.item)
      return {
        ...figures(row),
        documents: result.documents
          .filter((d) => d.item === row.item)
          .map((d) => {
            const s = documentOf.get(d.document)!
            return { ...figures(d), code: s.code, collection: s.collection, id: s.id }
          }),
        item: row.item,
        name: item.name,
        quantity: row.short.toFixed(),
        sku: item.sku,
        supplier: supplier === null ? null : { id: supplier, name: suppliers.get(supplier) ?? '' },
        unit: item.unit ?? '',
      }
    }),
  }
}

/**
 * "Create purchase order", first step: for the executions and manufacturing orders named, each
 * item they still need and how it is covered at their locations: on the floor (available there,
 * their own reservation counted as theirs), issuable from the warehouses, incoming on open
 * purchase orders, and short; the item's primary supplier (null when it has none: listed all
 * the same) and what to buy by default, the shortage. Writes nothing.
 */
export const previewShortagePurchases = defineAction<Args, ShortagePreview>({
  args: { documents: 'JSON!' },
  costs: {},
  description: 'create purchase orders',
  kind: 'query',
  name: 'previewShortagePurchases',
  permission: 'purchaseOrders.create',
  perform: async (req, args) =>
    shortagePreview(req, await selectShortageDocuments(req, args.documents)),
})
