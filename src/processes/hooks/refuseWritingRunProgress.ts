import type { CollectionBeforeChangeHook } from 'payload'

import { invalid } from '../../platform/errors'

/** What the actions keep, and why a request cannot write it. */
const progress = {
  completedAt: 'is set when the run is completed (the completeRun action)',
  currentStage: 'follows the recorded entries',
  currentStageName: 'follows the recorded entries',
  status: 'changes only by completing the run (the completeRun action)',
} as const

const blank = (value: unknown) => value === undefined || value === null || value === ''

const same = (a: unknown, b: unknown) =>
  (blank(a) && blank(b)) ||
  a === b ||
  (typeof a === 'string' && typeof b === 'string' && Date.parse(a) === Date.parse(b))

/**
 * Status, current stage and completion are kept by the record and complete actions. A request
 * that sets them otherwise is refused, naming the field, rather than silently ignored.
 */
export const refuseWritingRunProgress: CollectionBeforeChangeHook = ({
  data,
  operation,
  originalDoc,
}) => {
  for (const [field, why] of Object.entries(progress)) {
    const value = data[field]
    if (value === undefined) continue
    const before =
      operation === 'create' ? (field === 'status' ? 'in_progress' : null) : originalDoc?.[field]
    if (!same(value, before)) throw invalid(field, why)
  }
  return data
}
