import { conflict } from '../../platform/errors'
import { refuseDeletion } from '../../platform/hooks/refuseDeletion'
import { entryCountOf, recordedEntries } from '../entryCount'

/**
 * A run with recorded entries moved stock, and a completed run is locked: their history stays.
 * A wrong entry is reversed, never deleted with its run.
 */
export const refuseDeletingRecordedRun = refuseDeletion('production-runs', async (run, req) => {
  if (run.status === 'completed')
    return conflict(`${run.code} is completed and locked; it cannot be deleted.`)
  const entries = await entryCountOf(req, run.id)
  if (entries > 0)
    return conflict(
      `${run.code} has ${recordedEntries(entries)} and cannot be deleted; its history must stay.`,
    )
})
