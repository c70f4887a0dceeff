import type { PayloadRequest } from 'payload'

import { demandPermission } from '../../access/demandPermission'
import { invalid, invalidEach } from '../../platform/errors'
import { defineAction } from '../../platform/defineAction'
import {
  consumedRefusal,
  type ExecutionUpdate,
  type UpdateData,
  readExecutionUpdates,
} from '../rules/executionUpdates'
import { type SelectedExecution, selectExecutions } from '../selectExecutions'
import { loadStatusPostings } from '../../workflow/statusPostings'
import { loadWorkflow, type Workflow } from '../../workflow/workflow'

type Result = { refused: { code: string; reason: string }[]; updated: string[] }

/**
 * Why an execution keeps what it is: a completed one is locked, and one that already consumed
 * materials keeps its quantity. Null when the update may go through.
 */
async function refusalOf(
  req: PayloadRequest,
  execution: SelectedExecution,
  data: UpdateData,
  { statuses, terminal }: Workflow,
): Promise<null | string> {
  if (execution.status === terminal)
    return `is ${statuses.find((s) => s.id === terminal)!.name} and locked`
  if (data.plannedQuantity === undefined || data.plannedQuantity === execution.doc.plannedQuantity)
    return null
  const consumed = (await loadStatusPostings(req, 'executions', execution.id)).find(
    (p) => p.action !== 'add_products',
  )
  if (!consumed) return null
  const at = statuses.find((s) => s.id === consumed.dueAt)?.name ?? 'an earlier status'
  return consumedRefusal(consumed.sku, at)
}

/**
 * `updateExecutions`: new planned quantities and production dates for several executions, each
 * its own. Completed ones are locked, and one that already consumed materials keeps its quantity
 * (its requirements were posted): those are listed as refused. The rest change in one
 * transaction, through the collection, so requirements rescale and reservations follow.
 */
export const updateExecutions = defineAction<{ updates: ExecutionUpdate[] }, Result>({
  args: { updates: 'JSON!' },
  costs: {},
  description: 'update executions',
  name: 'updateExecutions',
  permission: 'executions.update',
  perform: async (req, args) => {
    if (!Array.isArray(args.updates) || args.updates.length === 0)
      throw invalid(
        'updates',
        'list the executions to update as { id, plannedQuantity, productionDate }',
      )
    const { changes, problems } = readExecutionUpdates(args.updates)
    if (problems.length > 0) throw invalidEach(problems)
    if (changes.some((c) => c.data.productionDate))
      await demandPermission(req, 'executions.moveDate', 'move executions to another date')
    const selected = await selectExecutions(
      req,
      changes.map((c) => c.id),
      'ids',
      { lock: true },
    )
    const workflow = await loadWorkflow(req)
    const result: Result = { refused: [], updated: [] }
    const dataOf = new Map(changes.map((change) => [change.id, change.data]))
    for (const execution of selected) {
      const data = dataOf.get(execution.id)!
      const reason = await refusalOf(req, execution, data, workflow)
      if (reason) {
        result.refused.push({ code: execution.code, reason })
        continue
      }
      await req.payload.update({
        collection: 'executions',
        data,
        id: execution.id,
        overrideAccess: false,
        req,
        user: req.user,
      })
      result.updated.push(execution.code)
    }
    return result
  },
})
