import type { PayloadRequest } from 'payload'

import { idOf } from '../../../platform/idOf'

export type ItemChoice = {
  id: number
  name: string
  scrapItem: null | number
  sku: string
  unit: string
}

/** The items a user may read that a station can record (materials and products), by SKU. */
export async function loadItemChoices(req: PayloadRequest): Promise<ItemChoice[]> {
  const { docs } = await req.payload.find({
    collection: 'items',
    depth: 0,
    overrideAccess: false,
    pagination: false,
    req,
    select: { name: true, scrapItem: true, sku: true, unit: true },
    sort: 'sku',
    user: req.user,
    where: { kind: { not_equals: 'resource' } },
  })
  return docs.map((item) => ({
    id: item.id,
    name: item.name,
    scrapItem: item.scrapItem ? idOf(item.scrapItem) : null,
    sku: item.sku,
    unit: item.unit,
  }))
}
