import type { CollectionBeforeDeleteHook } from 'payload'

import { reverseAllStatusInventory } from '../statusInventory'

/**
 * Whatever the rules posted or reserved for a deleted execution or order goes back, in the
 * deleting transaction.
 */
export const reverseInventoryOfDeletedDocument: CollectionBeforeDeleteHook = async ({
  collection,
  id,
  req,
}) => {
  await reverseAllStatusInventory(
    req,
    collection.slug as 'executions' | 'manufacturing-orders',
    Number(id),
  )
}
