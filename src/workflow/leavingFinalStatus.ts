import type { PayloadRequest } from 'payload'

type Collection = 'executions' | 'manufacturing-orders'

/** Why a document leaves the final status on purpose. */
export type Leaving = 'reopening' | 'statusDeletion'

/**
 * The context of a save that takes a document out of the final status on purpose: reopening it,
 * or deleting the final status into another. It names the one document it is for, so it covers
 * no other save of the same request.
 */
export const leavingFinalStatus = (collection: Collection, id: number, why: Leaving) => ({
  leavesFinalStatus: { document: `${collection}/${id}`, why },
})

/** Why this save of the document leaves the final status on purpose, if it does. */
export function leavingOf(
  req: PayloadRequest,
  collection: Collection,
  id: number | undefined,
): Leaving | undefined {
  const leaving = req.context.leavesFinalStatus as { document?: string; why?: Leaving } | undefined
  return id !== undefined && leaving?.document === `${collection}/${id}` ? leaving.why : undefined
}
