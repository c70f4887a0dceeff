import type { CollectionBeforeChangeHook } from 'payload'

import { generateKeyBetween } from 'payload/shared'

import { finalOf, keysAroundFinal, orderWith } from '../rules/statusOrder'
import { refuseUnlockingDone } from '../refuseUnlockingDone'
import { loadWorkflow, statusesInOrder } from '../workflow'

/**
 * Keeps the final ("done") status from changing by accident. A new status the admin does not
 * place goes just before the final one. A new status placed last, or a drag that changes which
 * status is last, is refused while documents are done in the final one, unless confirmed with
 * their count (see refuseUnlockingDone).
 */
export const keepFinalStatus: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const statuses = (await statusesInOrder(req)).map((s) => ({ id: s.id, key: String(s._order) }))
  if (operation === 'create' && !data._order) {
    const { after, before } = keysAroundFinal(statuses)
    if (before !== null) data._order = generateKeyBetween(after, before)
    return data
  }
  if (!data._order || data._order === originalDoc?._order || statuses.length === 0) return data
  const id = operation === 'update' ? Number(originalDoc.id) : -1
  const name = String((operation === 'update' ? originalDoc.name : data.name) ?? 'the status')
  await refuseUnlockingDone(req, await loadWorkflow(req), {
    newFinal: finalOf(orderWith(statuses, { id, key: String(data._order) }))!,
    newFinalName: name,
    what: operation === 'update' ? `Moving ${name} there` : `Adding ${name} last`,
  })
  return data
}
