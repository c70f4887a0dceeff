import type { CollectionBeforeDeleteHook } from 'payload'

import { conflict } from '../../platform/errors'
import { query, sql, transactionDb } from '../../platform/transactionDb'
import { loadWorkflow } from '../../workflow/workflow'

/**
 * Only production still in the first status can be deleted; later, it is moved back first. The
 * row is locked while deciding, so a concurrent move cannot slip in before the delete.
 */
export const refuseDeletingStartedExecution: CollectionBeforeDeleteHook = async ({
  collection,
  id,
  req,
}) => {
  const table = sql.identifier(collection.slug.replace(/-/g, '_'))
  const [row] = await query<{ code: null | string; status_id: number }>(
    await transactionDb(req),
    sql`select code, status_id from ${table} where id = ${Number(id)} for update`,
  )
  if (!row) return
  const workflow = await loadWorkflow(req)
  const [initial] = workflow.statuses
  if (row.status_id !== initial!.id) {
    const status = workflow.statuses.find((s) => s.id === row.status_id)?.name
    throw conflict(
      `${row.code ?? `Execution ${id}`} is ${status}: only production in ${initial!.name} can be deleted.`,
    )
  }
}
