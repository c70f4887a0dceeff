import type { CollectionBeforeDeleteHook } from 'payload'

import { conflict } from '../../platform/errors'

/**
 * A run with recorded entries moved stock, and a completed run is locked: their history stays.
 * A wrong entry is reversed, never deleted with its run.
 */
export const refuseDeletingRecordedRun: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const run = await req.payload.findByID({
    collection: 'production-runs',
    depth: 0,
    id,
    joins: false,
    overrideAccess: true,
    req,
  })
  if (run.status === 'completed')
    throw conflict(`${run.code} is completed and locked; it cannot be deleted.`)
  const { totalDocs } = await req.payload.count({
    collection: 'production-run-entries',
    overrideAccess: true,
    req,
    where: { run: { equals: id } },
  })
  if (totalDocs > 0)
    throw conflict(
      `${run.code} has ${totalDocs} recorded entr${totalDocs === 1 ? 'y' : 'ies'} and cannot be deleted; its history must stay.`,
    )
}
