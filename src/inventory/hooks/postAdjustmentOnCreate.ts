import type { CollectionAfterChangeHook } from 'payload'

import { type AdjustmentDoc, postAdjustment } from '../postAdjustment'

/** Saving a new adjustment posts it, in the same transaction: a refused posting saves nothing. */
export const postAdjustmentOnCreate: CollectionAfterChangeHook = async ({
  doc,
  operation,
  req,
}) => {
  if (operation === 'create') await postAdjustment(req, doc as AdjustmentDoc)
  return doc
}
