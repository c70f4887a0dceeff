import { APIError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

import type { PermissionKey } from '../src/access/permissions'
import { hasPermission } from '../src/access/userPermissions'
import { invalid } from '../src/ledger/errors'
import { query, sql, transactionDb } from '../src/ledger/transactionDb'
import { idOf } from '../src/services/idOf'
import { statusChangeProblems } from '../src/services/statusChangeProblems'
import { loadWorkflow } from '../src/services/workflow'

const demand = async (req: PayloadRequest, key: PermissionKey, what: string) => {
  if (req.user && !(await hasPermission(req, key)))
    throw new APIError(
      `You are not allowed to ${what} (needs the "${key}" permission).`,
      403,
      null,
      true,
    )
}

const dayOf = (value: unknown) =>
  value ? new Date(String(value)).toISOString().slice(0, 10) : null
const refOf = (value: unknown) => (value ? idOf(value) : null)

/**
 * The workflow's guards on an execution (see statusChangeProblems), and on an update: moving the
 * date needs move-date and changing the recipe needs override-recipe.
 */
export const refuseForbiddenProductionChanges: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  // Lock the row before Payload writes it and read its status afresh: a concurrent move that
  // committed meanwhile (say, into the locked terminal status) must be judged from where it is now.
  const [row] =
    operation === 'update' && originalDoc?.id
      ? await query<{ status_id: number }>(
          await transactionDb(req),
          sql`select status_id from executions where id = ${originalDoc.id} for no key update`,
        )
      : []
  const from = row?.status_id ?? refOf(originalDoc?.status)
  const [problem] = await statusChangeProblems(req, {
    code: originalDoc?.code ?? 'This execution',
    finalize: 'executions.finalize',
    from,
    producedQuantity: data.producedQuantity ?? originalDoc?.producedQuantity,
    to: refOf(data.status) ?? from!,
    workflow: await loadWorkflow(req),
  })
  if (problem?.field) throw invalid(problem.field, problem.message)
  if (problem) throw new APIError(problem.message, problem.status, null, true)
  if (operation === 'update') {
    if (
      'productionDate' in data &&
      dayOf(data.productionDate) !== dayOf(originalDoc?.productionDate)
    )
      await demand(req, 'executions.moveDate', 'move production to another date')
    if ('bom' in data && refOf(data.bom) !== refOf(originalDoc?.bom))
      await demand(req, 'executions.overrideRecipe', "change an execution's recipe")
  }
  return data
}
