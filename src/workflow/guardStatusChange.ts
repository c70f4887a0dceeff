import { APIError, type PayloadRequest } from 'payload'

import type { PermissionKey } from '../access/permissions'
import { conflict, invalid } from '../platform/errors'
import { query, sql, transactionDb } from '../platform/transactionDb'
import { refOf } from '../platform/idOf'
import { leavingOf } from './leavingFinalStatus'
import { statusChangeProblems } from './statusChangeProblems'
import { loadWorkflow } from './workflow'

/**
 * The workflow's guard on saving a production document (see statusChangeProblems). On an update
 * it locks the row first and reads its status afresh: a concurrent move that committed meanwhile
 * (say, into the locked terminal status) is judged from where it is now.
 */
export async function guardStatusChange(
  req: PayloadRequest,
  args: {
    code: string
    data: Record<string, unknown>
    finalize: PermissionKey
    needsProducedQuantity: boolean
    operation: 'create' | 'update'
    originalDoc?: Record<string, unknown> & { id?: number }
    /** Only reopening, with this permission, takes the document out of the final status. */
    reopen?: PermissionKey
    table: 'executions' | 'manufacturing_orders'
  },
): Promise<void> {
  const { data, operation, originalDoc } = args
  const [row] =
    operation === 'update' && originalDoc?.id
      ? await query<{ status_id: number }>(
          await transactionDb(req),
          sql`select status_id from ${sql.identifier(args.table)} where id = ${originalDoc.id} for no key update`,
        )
      : []
  const from = row?.status_id ?? refOf(originalDoc?.status)
  const [problem] = await statusChangeProblems(req, {
    code: args.code,
    finalize: args.finalize,
    from,
    leaving: leavingOf(
      req,
      args.table === 'executions' ? 'executions' : 'manufacturing-orders',
      originalDoc?.id,
    ),
    needsProducedQuantity: args.needsProducedQuantity,
    producedQuantity: data.producedQuantity ?? originalDoc?.producedQuantity,
    reopen: args.reopen,
    to: refOf(data.status) ?? from!,
    workflow: await loadWorkflow(req),
  })
  if (problem?.field) throw invalid(problem.field, problem.message)
  if (problem?.status === 409) throw conflict(problem.message)
  if (problem) throw new APIError(problem.message, problem.status, null, true)
}
