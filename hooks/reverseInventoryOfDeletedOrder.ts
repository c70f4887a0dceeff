import type { CollectionBeforeDeleteHook } from 'payload'

import { reverseAllStatusInventory } from '../src/services/statusInventory'

/** Whatever the rules posted or reserved for a deleted order goes back, in the same transaction. */
export const reverseInventoryOfDeletedOrder: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await reverseAllStatusInventory(req, 'manufacturing-orders', Number(id))
}
