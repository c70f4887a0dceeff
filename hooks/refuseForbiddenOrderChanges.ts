import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { demandPermission } from '../src/access/demandPermission'
import { invalid } from '../src/ledger/errors'
import { query, sql, transactionDb } from '../src/ledger/transactionDb'
import { idOf } from '../src/services/idOf'
import { statusChangeProblems } from '../src/services/statusChangeProblems'
import { loadWorkflow } from '../src/services/workflow'

const refOf = (value: unknown) => (value ? idOf(value) : null)
const dayOf = (value: unknown) =>
  value ? new Date(String(value)).toISOString().slice(0, 10) : null

/**
 * The workflow's guards on an order (see statusChangeProblems; a done order is locked), and on an
 * update: another product or recipe needs override-recipe, another deadline needs move-date.
 */
export const refuseForbiddenOrderChanges: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  // Lock the row and read its status afresh, as for executions: a concurrent move is judged from
  // where it committed.
  const [row] =
    operation === 'update' && originalDoc?.id
      ? await query<{ status_id: number }>(
          await transactionDb(req),
          sql`select status_id from manufacturing_orders where id = ${originalDoc.id} for no key update`,
        )
      : []
  const from = row?.status_id ?? refOf(originalDoc?.status)
  const [problem] = await statusChangeProblems(req, {
    code: originalDoc?.orderNumber ?? 'This order',
    finalize: 'manufacturingOrders.finalize',
    from,
    needsProducedQuantity: false,
    to: refOf(data.status) ?? from!,
    workflow: await loadWorkflow(req),
  })
  if (problem?.field) throw invalid(problem.field, problem.message)
  if (problem) throw new APIError(problem.message, problem.status, null, true)
  if (operation === 'update' && req.user) {
    if ('product' in data && refOf(data.product) !== refOf(originalDoc?.product))
      await demandPermission(req, 'manufacturingOrders.overrideRecipe', "change an order's recipe")
    if ('deadline' in data && dayOf(data.deadline) !== dayOf(originalDoc?.deadline))
      await demandPermission(req, 'manufacturingOrders.moveDate', 'move an order to another date')
  }
  return data
}
