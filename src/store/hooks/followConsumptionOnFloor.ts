import type { CollectionAfterChangeHook, CollectionConfig } from 'payload'

import { followExecutionConsumption } from '../followConsumption'
import { refreshSupplyStatus } from '../supplyStatus'

/**
 * After an execution's save has brought its stock to its status (so after postDueInventory):
 * the requisitions that supplied it follow what it consumed on the floor, closing when nothing
 * is held for them any more, and its supply status follows them.
 */
export const followConsumptionOnFloor: CollectionAfterChangeHook = async ({ doc, req }) => {
  const followed = await followExecutionConsumption(req, doc.id)
  if (followed.length > 0) await refreshSupplyStatus(req, [doc.id])
  return doc
}

/** The executions collection with the store following what each save consumed. */
export const followedByStore = (executions: CollectionConfig): CollectionConfig => ({
  ...executions,
  hooks: {
    ...executions.hooks,
    afterChange: [...(executions.hooks?.afterChange ?? []), followConsumptionOnFloor],
  },
})
