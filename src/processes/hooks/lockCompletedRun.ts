import type { CollectionBeforeChangeHook } from 'payload'

import { conflict } from '../../platform/errors'

/** A completed run is history: nothing about it changes any more. */
export const lockCompletedRun: CollectionBeforeChangeHook = ({ data, operation, originalDoc }) => {
  if (operation === 'update' && originalDoc?.status === 'completed')
    throw conflict(`${originalDoc.code} is completed and locked; it cannot be edited.`)
  return data
}
