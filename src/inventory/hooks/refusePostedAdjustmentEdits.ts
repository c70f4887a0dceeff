import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { idOf } from '../../platform/idOf'

const posted = (doc: Record<string, any>) =>
  JSON.stringify({
    lines: (doc.lines ?? []).map((l: Record<string, unknown>) => [
      idOf(l.item),
      idOf(l.lot) ?? null,
      Number(l.quantityDelta),
    ]),
    location: idOf(doc.location),
    type: doc.type,
  })

/**
 * An adjustment is posted when saved: its type, location and lines are history from then on
 * (only its notes may change). A correction is the "reverse" action, never an edit.
 */
export const refusePostedAdjustmentEdits: CollectionBeforeChangeHook = ({
  data,
  operation,
  originalDoc,
}) => {
  if (operation !== 'update' || !originalDoc) return data
  if (posted({ ...originalDoc, ...data }) !== posted(originalDoc)) {
    throw new APIError(
      `Adjustment ${originalDoc.number} is posted and cannot be edited; reverse it and create a new one.`,
      400,
      null,
      true,
    )
  }
  return data
}
