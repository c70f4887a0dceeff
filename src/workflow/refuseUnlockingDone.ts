import type { PayloadRequest } from 'payload'

import { conflict } from '../platform/errors'
import type { Workflow } from './workflow'

/**
 * The confirmation that goes with a change of the final status: `?confirmUnlock=<count>` (REST,
 * including Payload's `/api/reorder`), `confirmUnlock` in the Local API's context, or the
 * deleting action's argument.
 */
const confirmationOf = (req: PayloadRequest): number =>
  Number(req.context.confirmUnlock ?? (req.query as { confirmUnlock?: unknown })?.confirmUnlock)

/**
 * Documents in the final status are done and locked. A change that makes another status final
 * (`what`: "Moving Packaging there") would unlock every one of them, so it is refused with a 409
 * that counts them, unless the request confirms that very count: a confirmation given before
 * more documents were completed does not cover them.
 */
export async function refuseUnlockingDone(
  req: PayloadRequest,
  workflow: Workflow,
  change: { newFinal: number; newFinalName?: string; what: string },
): Promise<void> {
  const final = workflow.terminal
  if (change.newFinal === final) return
  const inFinal = { executions: 0, 'manufacturing-orders': 0 }
  for (const collection of ['executions', 'manufacturing-orders'] as const) {
    inFinal[collection] = (
      await req.payload.count({
        collection,
        overrideAccess: true,
        req,
        where: { status: { equals: final } },
      })
    ).totalDocs
  }
  const count = inFinal.executions + inFinal['manufacturing-orders']
  if (count === 0 || confirmationOf(req) === count) return
  const name = (id: number) =>
    workflow.statuses.find((s) => s.id === id)?.name ?? change.newFinalName ?? `status ${id}`
  throw conflict(
    `${change.what} makes ${name(change.newFinal)} the final status instead of ${name(final)}: ` +
      `${count} document${count === 1 ? '' : 's'} done in ${name(final)} (${inFinal.executions} ` +
      `executions, ${inFinal['manufacturing-orders']} manufacturing orders) would be unlocked. ` +
      `To do it anyway, send it again with confirmUnlock=${count}.`,
    { confirmUnlock: count, field: 'confirmUnlock', ...inFinal },
  )
}
