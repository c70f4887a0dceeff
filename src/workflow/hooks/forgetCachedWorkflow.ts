import type { PayloadRequest } from 'payload'

import { forgetWorkflow } from '../workflow'

/**
 * After a status or the production settings change, the request's remembered workflow is stale:
 * the documents it moves next must see the change. Used as afterChange and afterDelete hook.
 */
export const forgetCachedWorkflow = <Args extends { doc?: unknown; req: PayloadRequest }>({
  doc,
  req,
}: Args) => {
  forgetWorkflow(req)
  return doc
}
