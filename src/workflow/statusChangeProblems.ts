import type { PayloadRequest } from 'payload'

import type { PermissionKey } from '../access/permissions'
import { hasPermission } from '../access/userPermissions'
import { parseDecimal } from '../platform/rules/decimal'
import type { Workflow } from './workflow'

export type StatusChangeProblem = { field?: string; message: string; status: 400 | 403 | 409 }

/**
 * Why a production document may not move from `from` to `to`: the terminal status locks it,
 * crossing into or out of it needs finalize, entering it needs a produced quantity. Shared by the
 * hook that refuses the change and the preview that explains it beforehand.
 */
export async function statusChangeProblems(
  req: PayloadRequest,
  args: {
    code: string
    finalize: PermissionKey
    from: null | number
    /** Executions need a produced quantity to complete; orders record their output as rows. */
    needsProducedQuantity?: boolean
    producedQuantity?: unknown
    to: number
    workflow: Workflow
  },
): Promise<StatusChangeProblem[]> {
  const { code, finalize, from, to, workflow } = args
  const terminal = workflow.terminal
  const name = workflow.statuses.find((s) => s.id === terminal)?.name ?? 'the last status'
  const problems: StatusChangeProblem[] = []
  if (from === terminal && to === terminal)
    problems.push({
      message: `${code} is ${name} and locked: move it back out of ${name} (needs the finalize permission) to change it.`,
      status: 409,
    })
  // Calls without a user are the app's own (seed, jobs) and run with full rights.
  if (
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
