import type { CollectionBeforeDeleteHook } from 'payload'

import { reverseAllStatusInventory } from '../src/services/statusInventory'

/** Whatever the rules posted for a deleted execution goes back, in the deleting transaction. */
export const reverseInventoryOfDeletedProduction: CollectionBeforeDeleteHook = async ({
  collection,
  id,
  req,
}) => {
  await reverseAllStatusInventory(req, collection.slug as 'executions', Number(id))
}
