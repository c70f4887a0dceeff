import type {
  CollectionSlug,
  PayloadRequest,
  SelectType,
  TransformCollectionWithSelect,
} from 'payload'

/**
 * The documents of `collection` with these ids, read as the system (the caller has already
 * decided what the user may see), in the database's order; ids that do not exist are skipped.
 */
export async function findAllByIds<Slug extends CollectionSlug, Select extends SelectType>(
  req: PayloadRequest,
  collection: Slug,
  ids: number[],
  select?: Select,
): Promise<TransformCollectionWithSelect<Slug, Select>[]> {
  // Typed by the caller's slug: the find over a generic slug is too wide for the compiler.
  const find = req.payload.find as (args: object) => Promise<{ docs: unknown[] }>
  const { docs } = await find({
    collection,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    ...(select ? { select } : {}),
    where: { id: { in: [...new Set(ids)] } },
  })
  return docs as TransformCollectionWithSelect<Slug, Select>[]
}
