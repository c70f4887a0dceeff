import type { CollectionBeforeChangeHook } from 'payload'

import { invalid } from '../../platform/errors'
import { idOf } from '../../platform/idOf'

/** Entries point at the stages of the run's process: once there are any, the process stays. */
export const refuseSwitchingProcessOfRecordedRun: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || data.process === undefined) return data
  if (idOf(data.process) === idOf(originalDoc?.process)) return data
  const { totalDocs } = await req.payload.count({
    collection: 'production-run-entries',
    overrideAccess: true,
    req,
    where: { run: { equals: originalDoc.id } },
  })
  if (totalDocs > 0)
    throw invalid(
      'process',
      `${originalDoc.code} has ${totalDocs} recorded entr${totalDocs === 1 ? 'y' : 'ies'} at the stages of its process; start a new run for another process`,
    )
  return data
}
