import type { CollectionBeforeChangeHook } from 'payload'

import { invalid } from '../../platform/errors'
import { idOf } from '../../platform/idOf'
import { entryCountOf, recordedEntries } from '../entryCount'

/** Entries point at the stages of the run's process: once there are any, the process stays. */
export const refuseSwitchingProcessOfRecordedRun: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || data.process === undefined) return data
  if (idOf(data.process) === idOf(originalDoc?.process)) return data
  const entries = await entryCountOf(req, originalDoc.id)
  if (entries > 0)
    throw invalid(
      'process',
      `${originalDoc.code} has ${recordedEntries(entries)} at the stages of its process; start a new run for another process`,
    )
  return data
}
