import type { CollectionSlug, DataFromCollectionSlug, PayloadRequest, SelectType } from 'payload'

import { invalid } from './errors'

/**
 * The documents of `collection` with these ids, read with the user's own access, once each in
 * the order first given; an id that does not exist or that the user may not read is a 400 on
 * `field` naming it ("no <noun> with id 7, 9").
 */
export async function findByIds<Slug extends CollectionSlug>(
  req: PayloadRequest,
  collection: Slug,
  ids: number[],
  { field, noun, select }: { field: string; noun: string; select?: SelectType },
): Promise<DataFromCollectionSlug<Slug>[]> {
  // Typed by the caller's slug: the find over a generic slug is too wide for the compiler.
  const find = req.payload.find as (args: object) => Promise<{ docs: { id: number }[] }>
  const { docs } = await find({
    collection,
    depth: 0,
    limit: ids.length,
    overrideAccess: false,
    pagination: false,
    req,
    ...(select ? { select } : {}),
    user: req.user,
    where: { id: { in: ids } },
  })
  const byId = new Map(docs.map((doc) => [doc.id, doc as DataFromCollectionSlug<Slug>]))
  const missing = ids.filter((id) => !byId.has(id))
  if (missing.length) throw invalid(field, `no ${noun} with id ${missing.join(', ')}`)
  return [...new Set(ids)].map((id) => byId.get(id)!)
}
