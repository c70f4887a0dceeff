import type { CollectionBeforeDeleteHook } from 'payload'

import { conflict } from '../src/ledger/errors'
import { idOf } from '../src/services/idOf'
import { loadWorkflow } from '../src/services/workflow'

/** Only production still in the first status can be deleted; later, it is moved back first. */
export const refuseDeletingStartedProduction: CollectionBeforeDeleteHook = async ({
  collection,
  id,
  req,
}) => {
  const doc = await req.payload.findByID({
    collection: collection.slug as 'executions',
    depth: 0,
    id,
    overrideAccess: true,
    req,
  })
  const workflow = await loadWorkflow(req)
  const [initial] = workflow.statuses
  if (doc.status && idOf(doc.status) !== initial!.id) {
    const status = workflow.statuses.find((s) => s.id === idOf(doc.status))?.name
    throw conflict(
      `${doc.code ?? `Execution ${id}`} is ${status}: only production in ${initial!.name} can be deleted.`,
    )
  }
}
