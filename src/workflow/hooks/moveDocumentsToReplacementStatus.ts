import type { CollectionBeforeDeleteHook } from 'payload'

import { invalid } from '../../platform/errors'
import { query, sql, transactionDb } from '../../platform/transactionDb'
import { idOf } from '../../platform/idOf'
import { lockDocuments } from '../../platform/lockDocuments'
import { loadWorkflow } from '../workflow'
import { refuseUnlockingDone } from '../refuseUnlockingDone'

/** The replacement named by `?replacement=<id>` (REST) or by the deleting action (context). */
const replacementOf = (req: Parameters<CollectionBeforeDeleteHook>[0]['req']) =>
  Number(req.context.replacementStatus ?? (req.query as { replacement?: unknown })?.replacement)

/**
 * A status is deleted only into a replacement: rules that named it are re-pointed, lines posted
 * as due at it count as due at the replacement, and every document in it moves there with the
 * postings that move implies. Without a replacement nothing happens and the delete is refused.
 */
export const moveDocumentsToReplacementStatus: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const deleted = Number(id)
  const workflow = await loadWorkflow(req)
  const name = workflow.statuses.find((s) => s.id === deleted)?.name ?? `status ${id}`
  const replacement = replacementOf(req)
  const others = workflow.statuses.filter((s) => s.id !== deleted).map((s) => `${s.id} (${s.name})`)
  if (!Number.isSafeInteger(replacement) || replacement <= 0)
    throw invalid(
      'replacement',
      `deleting ${name} needs a replacement status for the documents and rules in it: one of ${others.join(', ')}`,
    )
  if (replacement === deleted || !workflow.order.includes(replacement))
    throw invalid('replacement', `must be another existing status: one of ${others.join(', ')}`)
  const order = workflow.order.filter((s) => s !== deleted)
  // Deleting the final status makes the one before it final: what is done in the deleted one
  // stays done only if it moves there.
  if (deleted === workflow.terminal && replacement !== order[order.length - 1])
    await refuseUnlockingDone(req, workflow, {
      newFinal: order[order.length - 1]!,
      what: `Deleting ${name} into ${workflow.statuses.find((s) => s.id === replacement)?.name}`,
    })
  const point = (ref: unknown): number | null =>
    ref ? (idOf(ref) === deleted ? replacement : idOf(ref)) : null
  const settings = await req.payload.findGlobal({
    depth: 0,
    overrideAccess: true,
    req,
    slug: 'production-settings',
  })
  const rules = Object.fromEntries(
    Object.entries(settings.rules ?? {}).map(([key, value]) => [key, point(value)]),
  )
  const position = (status: unknown) => order.indexOf(idOf(status))
  const conditionalRules = (settings.conditionalRules ?? [])
    .map((rule) => ({ ...rule, status: point(rule.status)! }))
    // A rule that now lands at or after its general rule would never post anything: drop it.
    .filter((rule) => {
      const general = workflow.rules.general[rule.action]
      return position(rule.status) < position(general === deleted ? replacement : general)
    })
  await req.payload.updateGlobal({
    data: {
      conditionalRules,
      defaultStatus: point(settings.defaultStatus),
      rules,
    },
    overrideAccess: true,
    req,
    slug: 'production-settings',
  })
  await query(
    await transactionDb(req),
    sql`update status_postings set due_status_id = ${replacement} where due_status_id = ${deleted}`,
  )
  // Every document in the status, locked up front in the one order concurrent actions use
  // (executions by id, then orders by id), then moved one by one with that move's postings. One
  // that cannot move (no stock for its postings) fails the whole delete, which names it.
  const replacementName = workflow.statuses.find((s) => s.id === replacement)?.name
  for (const collection of ['executions', 'manufacturing-orders'] as const) {
    const { docs } = await req.payload.find({
      collection,
      depth: 0,
      overrideAccess: true,
      pagination: false,
      req,
      select: collection === 'executions' ? { code: true } : { orderNumber: true },
      sort: 'id',
      where: { status: { equals: deleted } },
    })
    await lockDocuments(
      req,
      collection === 'executions' ? 'executions' : 'manufacturing_orders',
      docs.map((doc) => doc.id),
    )
    for (const doc of docs) {
      try {
        await req.payload.update({
          collection,
          data: { status: replacement },
          id: doc.id,
          overrideAccess: true,
          req,
        })
      } catch (error) {
        const { code, orderNumber } = doc as { code?: string | null; orderNumber?: string | null }
        const label = code ?? orderNumber ?? `${collection} ${doc.id}`
        if (error instanceof Error)
          error.message = `replacement: ${label} cannot move to ${replacementName}: ${error.message}`
        throw error
      }
    }
  }
}
