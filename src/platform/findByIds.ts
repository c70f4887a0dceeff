import type { CollectionSlug, DataFromCollectionSlug, PayloadRequest, SelectType } from 'payload'

import { invalid, notFound } from './errors'

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

/** The document of `collection` with this id, read with the user's own access: none when the
 * user may not read it or it does not exist (the caller answers that in its own words). */
export async function findReadable<Slug extends CollectionSlug>(
  req: PayloadRequest,
  collection: Slug,
  id: number,
): Promise<DataFromCollectionSlug<Slug> | undefined> {
  const find = req.payload.find as (args: object) => Promise<{ docs: unknown[] }>
  const { docs } = await find({
    collection,
    depth: 0,
    limit: 1,
    overrideAccess: false,
    req,
    user: req.user,
    where: { id: { equals: id } },
  })
  return docs[0] as DataFromCollectionSlug<Slug> | undefined
}

/**
 * `id` once it names a document of `collection` the user may read, else a refusal on `field`:
 * 400 when it is no id, 404 when no such document is readable. `what` is "a production plan".
 */
export async function readableId(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: unknown,
  field: string,
  what: string,
): Promise<number> {
  if (!Number.isSafeInteger(id) || (id as number) <= 0)
    throw invalid(field, `must be the id of ${what}`)
  const { totalDocs } = await req.payload.count({
    collection,
    overrideAccess: false,
    req,
    user: req.user,
    where: { id: { equals: id } },
  })
  if (totalDocs === 0) throw notFound(field, `no ${what.replace(/^an? /, '')} with id ${id}`)
  return id as number
}
