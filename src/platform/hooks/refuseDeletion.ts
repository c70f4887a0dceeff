import type {
  CollectionBeforeDeleteHook,
  CollectionSlug,
  DataFromCollectionSlug,
  PayloadRequest,
} from 'payload'

type Refusal<Slug extends CollectionSlug> = (
  doc: DataFromCollectionSlug<Slug>,
  req: PayloadRequest,
) => Error | Promise<Error | undefined> | undefined

/**
 * A beforeDelete hook that reads the document about to go, as stored, and throws the error
 * `refusal` finds in it: a document whose history or role must stay is never deleted.
 */
export const refuseDeletion =
  <Slug extends CollectionSlug>(
    collection: Slug,
    refusal: Refusal<Slug>,
  ): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    // Typed by the caller's slug: the find over a generic slug is too wide for the compiler.
    const findByID = req.payload.findByID as (args: object) => Promise<unknown>
    const doc = await findByID({
      collection,
      depth: 0,
      id,
      joins: false,
      overrideAccess: true,
      req,
    })
    const error = await refusal(doc as DataFromCollectionSlug<Slug>, req)
    if (error) throw error
  }
