import type { CollectionBeforeOperationHook, PayloadRequest, Where } from 'payload'

import { locked } from '../errors'

const lockedDocuments = 'payload-locked-documents'
const defaultLockSeconds = 300

type LockArgs = {
  id?: number | string
  overrideLock?: boolean
  req: PayloadRequest
  where?: Where
}

/**
 * Refuses saving or deleting a document another user holds open in the admin, checked inside the
 * request's transaction; then tells Payload the check is done.
 *
 * Payload's own check (checkDocumentLockStatus) reads the locks on a second pool connection while
 * the operation's transaction holds the first: with as many concurrent saves as the pool has
 * connections, every request holds one and waits for another for ever, and the whole app freezes.
 * The same rule read through `req` needs one connection per request. Releasing the lock (Payload
 * deletes it on save) still happens in Payload, in the transaction.
 */
export const checkEditLockInTransaction: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
}) => {
  const lockArgs = args as LockArgs
  if (operation !== 'update' && operation !== 'delete') return args
  // The Local API skips the check unless asked (overrideLock defaults to true there).
  if (lockArgs.overrideLock !== false || collection.lockDocuments === false) return args
  const { req } = lockArgs
  const ids =
    lockArgs.id !== undefined
      ? [lockArgs.id]
      : (
          await req.payload.find({
            collection: collection.slug,
            depth: 0,
            pagination: false,
            req,
            select: {},
            where: lockArgs.where ?? {},
          })
        ).docs.map((doc) => doc.id)
  if (ids.length > 0) {
    const seconds =
      typeof collection.lockDocuments === 'object'
        ? collection.lockDocuments.duration
        : defaultLockSeconds
    const { docs } = await req.payload.db.find({
      collection: lockedDocuments,
      limit: 0,
      pagination: false,
      req,
      where: {
        and: [
          { 'document.relationTo': { equals: collection.slug } },
          { 'document.value': { in: ids } },
          { updatedAt: { greater_than: new Date(Date.now() - seconds * 1000).toISOString() } },
        ],
      },
    })
    const held = docs.find(
      (lock) => (lock as { user?: { value?: unknown } }).user?.value !== req.user?.id,
    ) as { document?: { value?: unknown } } | undefined
    if (held) {
      const id = held.document?.value
      throw locked(
        `Document with ID ${typeof id === 'object' ? (id as { id: unknown }).id : id} is currently locked by another user and cannot be modified.`,
      )
    }
  }
  return { ...args, overrideLock: true }
}
