import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook } from 'payload'

const refusal = (collection: string, what: string) =>
  new APIError(
    `${collection} are append-only: a record cannot be ${what} (post a reversing movement to correct one).`,
    403,
    null,
    true,
  )

const label = (slug: string) => (slug === 'stock-movements' ? 'Stock movements' : 'Status postings')

/**
 * The ledger writes these tables in SQL only; the Local API skips access control, so a create or
 * update through it is refused here with a clear 403 before it reaches the database trigger.
 */
export const refuseLocalWrites: CollectionBeforeChangeHook = ({ collection, operation }) => {
  throw refusal(label(collection.slug), operation === 'create' ? 'created here' : 'changed')
}

/** Deleting a movement or a status posting through the Local API is refused the same way. */
export const refuseLocalDeletes: CollectionBeforeDeleteHook = ({ collection }) => {
  throw refusal(label(collection.slug), 'deleted')
}
