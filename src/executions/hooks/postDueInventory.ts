import type { CollectionAfterChangeHook } from 'payload'

import { bringStockToStatus } from '../bringStockToStatus'

/**
 * Posts and reverses stock so the execution's inventory matches its status (every save, so a line
 * added at a status where it is due is posted too), and records what it consumed as its costs.
 */
export const postDueInventory: CollectionAfterChangeHook = async ({ doc, req }) => ({
  ...doc,
  costs: await bringStockToStatus(req, doc),
})
