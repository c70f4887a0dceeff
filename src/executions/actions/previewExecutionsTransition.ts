import { invalid } from '../../platform/errors'
import { defineAction } from '../../platform/defineAction'
import { executionDocument } from '../executionDocument'
import { selectExecutions } from '../selectExecutions'
import { statusChangeProblems } from '../../workflow/statusChangeProblems'
import { type StockChange, stockChanges } from '../../workflow/stockChanges'
import { addDocumentTransitionDeltas, type StockDeltas } from '../../workflow/transitionDeltas'
import { loadWorkflow } from '../../workflow/workflow'

export type CombinedPreview = {
  allowed: boolean
  /** Every selected execution's stock moves added up, against stock as it is now. */
  changes: StockChange[]
  executions: { code: string; from: string; id: number }[]
  problems: { code?: string; message: string; status: number }[]
  to: { id: number; name: string }
}

/**
 * One preview for moving several executions to a status: the stock changes of all of them
 * together (two executions of the same material can each fit the stock and together not), and
 * every execution's own problems, named by its code. Writes nothing.
 */
export const previewExecutionsTransition = defineAction<
  { ids: number[]; status: number },
  CombinedPreview
>({
  args: { ids: 'JSON!', status: 'Int!' },
  costs: {},
  description: 'view executions',
  kind: 'query',
  name: 'previewExecutionsTransition',
  permission: 'executions.view',
  perform: async (req, args) => {
    const selected = await selectExecutions(req, args.ids)
    const workflow = await loadWorkflow(req)
    const status = workflow.statuses.find((s) => s.id === args.status)
    if (!status) throw invalid('status', `no production status with id ${args.status}`)
    const deltas: StockDeltas = new Map()
    const problems: CombinedPreview['problems'] = []
    for (const execution of selected) {
      const { doc } = execution
      for (const problem of await statusChangeProblems(req, {
        code: execution.code,
        finalize: 'executions.finalize',
        from: execution.status,
        producedQuantity: doc.producedQuantity,
        reopen: 'executions.reopen',
        to: status.id,
        workflow,
      }))
        problems.push({ code: execution.code, message: problem.message, status: problem.status })
      const production = await executionDocument(req, doc)
      await addDocumentTransitionDeltas(req, production, status.id, workflow, deltas)
    }
    const { changes, shortages } = await stockChanges(req, deltas)
    problems.push(...shortages)
    return {
      allowed: problems.length === 0,
      changes,
      executions: selected.map((e) => ({ code: e.code, from: e.statusName, id: e.id })),
      problems,
      to: { id: status.id, name: status.name },
    }
  },
})
