import type { PayloadRequest } from 'payload'

import type { PermissionKey } from '../access/permissions'
import { hasPermission } from '../access/userPermissions'
import { parseDecimal } from '../platform/rules/decimal'
import type { Leaving } from './leavingFinalStatus'
import { judgeCompletedChange } from './rules/completedLock'
import type { Workflow } from './workflow'

export type StatusChangeProblem = { field?: string; message: string; status: 400 | 403 | 409 }

/** What refuses a change to a completed document (see judgeCompletedChange). */
function completedProblem(
  args: Parameters<typeof statusChangeProblems>[1],
  name: string,
): StatusChangeProblem | null {
  const { code, from, reopen, to, workflow } = args
  const judged = judgeCompletedChange({
    final: workflow.terminal,
    from,
    leavingOnPurpose: args.leaving !== undefined,
    onlyReopeningLeaves: reopen !== undefined,
    to,
  })
  if (judged.ok) return null
  const needs = `needs the "${reopen}" permission`
  const message =
    judged.code === 'reopen_only'
      ? `${code} is ${name} and cannot be moved back by a status change: completed production is undone only by reopenExecution, with a reason (${needs}).`
      : reopen
        ? `${code} is ${name} and locked: reopen it to change it (reopenExecution, with a reason; ${needs}).`
        : `${code} is ${name} and locked: move it back out of ${name} (needs the finalize permission) to change it.`
  return { message, status: 409 }
}

/**
 * Why a production document may not move from `from` to `to`: the terminal status locks it (and
 * an execution leaves it only by reopening), crossing into or out of it needs finalize, entering
 * it needs a produced quantity. Shared by the hook that refuses the change and the previews that
 * explain it beforehand.
 */
export async function statusChangeProblems(
  req: PayloadRequest,
  args: {
    code: string
    finalize: PermissionKey
    from: null | number
    /** Why this save takes the document out of the final status on purpose (leavingFinalStatus). */
    leaving?: Leaving
    /** Executions need a produced quantity to complete; orders record their output as rows. */
    needsProducedQuantity?: boolean
    producedQuantity?: unknown
    /** The permission of the reopening that alone takes this document out of the final status. */
    reopen?: PermissionKey
    to: number
    workflow: Workflow
  },
): Promise<StatusChangeProblem[]> {
  const { finalize, from, to, workflow } = args
  const terminal = workflow.terminal
  const name = workflow.statuses.find((s) => s.id === terminal)?.name ?? 'the last status'
  const problems: StatusChangeProblem[] = []
  const completed = completedProblem(args, name)
  if (completed) problems.push(completed)
  // Calls without a user are the app's own (seed, jobs) and run with full rights; reopening has
  // its own permission.
  if (
    !completed &&
    args.leaving !== 'reopening' &&
    (from === terminal) !== (to === terminal) &&
    req.user &&
    !(await hasPermission(req, finalize))
  )
    problems.push({
      message: `You are not allowed to move production into or out of ${name} (needs the "${finalize}" permission).`,
      status: 403,
    })
  if (
    args.needsProducedQuantity !== false &&
    to === terminal &&
    from !== terminal &&
    !parseDecimal(args.producedQuantity, 'positive').ok
  )
    problems.push({
      field: 'producedQuantity',
      message: `enter the quantity produced before moving to ${name}`,
      status: 400,
    })
  return problems
}
