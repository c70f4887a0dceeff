import { conflict, invalid, notFound } from '../../platform/errors'
import { defineAction } from '../../platform/defineAction'
import { findReadable } from '../../platform/findByIds'
import { idOf } from '../../platform/idOf'
import { lockDocuments } from '../../platform/lockDocuments'
import { documentId } from '../../platform/parseInput'
import { textProblem } from '../../platform/rules/inputValues'
import { leavingFinalStatus } from '../../workflow/leavingFinalStatus'
import { planReopening } from '../../workflow/rules/completedLock'
import { loadWorkflow } from '../../workflow/workflow'

type Args = { id: number; reason: string }

/** The reopened execution: where it went, and the record of this reopening. */
type ReopenResult = {
  code: string
  reopening: { reason: string; reopenedAt: string; reopenedBy: null | number }
  status: { id: number; name: string }
}

const maxReason = 2000

/**
 * Undoes a completed execution on purpose: with its own permission and a reason, it moves the
 * execution back to the status before the final one (reversing exactly what the final status
 * posted, through the ordinary status move) and records who did it, when and why in its
 * `reopenings`. A plain status change never takes an execution out of the final status.
 */
export const reopenExecution = defineAction<Args, ReopenResult>({
  args: { id: 'Int!', reason: 'String!' },
  costs: {},
  description: 'reopen completed executions',
  name: 'reopenExecution',
  permission: 'executions.reopen',
  perform: async (req, args) => {
    const id = documentId(args.id, 'id', 'an execution')
    const problem = textProblem(args.reason, true)
    if (problem) throw invalid('reason', `say why it is reopened: the reason ${problem}`)
    if (args.reason.length > maxReason)
      throw invalid('reason', `must be at most ${maxReason} characters`)
    await lockDocuments(req, 'executions', [id])
    const execution = await findReadable(req, 'executions', id)
    if (!execution) throw notFound('id', `no execution with id ${id}`)
    const workflow = await loadWorkflow(req)
    const code = execution.code ?? `Execution ${id}`
    const plan = planReopening({
      order: workflow.order,
      reason: args.reason,
      status: idOf(execution.status),
    })
    const final = workflow.statuses.find((s) => s.id === workflow.terminal)?.name
    if (!plan.ok && plan.code === 'no_reason') throw invalid('reason', 'say why it is reopened')
    if (!plan.ok && plan.code === 'not_completed')
      throw conflict(`${code} is not ${final}: only a completed execution is reopened.`)
    if (!plan.ok) throw conflict(`${code} has no status before ${final} to go back to.`)
    const reopening = {
      reason: plan.reason,
      reopenedAt: new Date().toISOString(),
      reopenedBy: typeof req.user?.id === 'number' ? req.user.id : null,
    }
    await req.payload.update({
      collection: 'executions',
      context: leavingFinalStatus('executions', id, 'reopening'),
      data: { reopenings: [...(execution.reopenings ?? []), reopening], status: plan.to },
      id,
      overrideAccess: true,
      req,
    })
    const status = workflow.statuses.find((s) => s.id === plan.to)!
    return { code, reopening, status: { id: status.id, name: status.name } }
  },
})
