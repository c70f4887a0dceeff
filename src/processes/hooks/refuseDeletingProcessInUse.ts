import type { CollectionBeforeDeleteHook } from 'payload'

import { conflict } from '../../platform/errors'

/** Runs are history: a process that has any cannot be deleted. */
export const refuseDeletingProcessInUse: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { totalDocs } = await req.payload.count({
    collection: 'production-runs',
    overrideAccess: true,
    req,
    where: { process: { equals: id } },
  })
  if (totalDocs > 0)
    throw conflict(
      `This process has ${totalDocs} production run${totalDocs === 1 ? '' : 's'} and cannot be deleted; their history must stay.`,
    )
}
