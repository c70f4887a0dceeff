/**
 * What may happen to a document done in the final status. Nothing is changed in it. Executions
 * leave it only by reopening (an explicit act with its own permission and a reason, recorded on
 * the execution) or by the deletion of the final status itself; a plain status move never takes
 * them out. Manufacturing orders still leave it by a status move with the finalize permission.
 */
export type CompletedChange =
  | { ok: true }
  /** A change to a document that stays in the final status. */
  | { code: 'locked'; ok: false }
  /** A plain move out of the final status of a document that only reopening takes out. */
  | { code: 'reopen_only'; ok: false }

export function judgeCompletedChange(args: {
  final: number
  from: null | number
  /** This save is a reopening or the final status's deletion moving the document out. */
  leavingOnPurpose: boolean
  /** Only reopening takes this kind of document out of the final status (executions). */
  onlyReopeningLeaves: boolean
  to: number
}): CompletedChange {
  if (args.from !== args.final) return { ok: true }
  if (args.to === args.final) return { code: 'locked', ok: false }
  if (args.onlyReopeningLeaves && !args.leavingOnPurpose) return { code: 'reopen_only', ok: false }
  return { ok: true }
}

export type Reopening =
  | { ok: true; reason: string; to: number }
  | { code: 'not_completed'; ok: false }
  | { code: 'no_earlier_status'; ok: false }
  | { code: 'no_reason'; ok: false }

/**
 * Whether a document in `status` can be reopened with `reason`, and where to: the status just
 * before the final one, so what reopening reverses is exactly what the final status posted.
 */
export function planReopening(args: {
  order: readonly number[]
  reason: unknown
  status: null | number
}): Reopening {
  const reason = typeof args.reason === 'string' ? args.reason.trim() : ''
  if (!reason) return { code: 'no_reason', ok: false }
  const final = args.order[args.order.length - 1]
  if (final === undefined || args.status !== final) return { code: 'not_completed', ok: false }
  const before = args.order[args.order.length - 2]
  if (before === undefined) return { code: 'no_earlier_status', ok: false }
  return { ok: true, reason, to: before }
}
