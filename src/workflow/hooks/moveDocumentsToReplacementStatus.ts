import type { CollectionBeforeDeleteHook } from 'payload'

import { invalid } from '../../platform/errors'
import { query, sql, transactionDb } from '../../platform/transactionDb'
import { lockDocuments } from '../../platform/lockDocuments'
import { loadWorkflow, type Workflow } from '../workflow'
import { refuseUnlockingDone } from '../refuseUnlockingDone'
import { leavingFinalStatus } from '../leavingFinalStatus'
import { repointedSettings } from '../rules/statusReplacement'

/** The replacement named by `?replacement=<id>` (REST) or by the deleting action (context). */
const replacementOf = (req: Parameters<CollectionBeforeDeleteHook>[0]['req']) =>
  Number(req.context.replacementStatus ?? (req.query as { replacement?: unknown })?.replacement)

type Req = Parameters<CollectionBeforeDeleteHook>[0]['req']

/**
 * The status the deleted one's documents and rules go to: another existing one. Deleting the
 * final status makes the one before it final: what is done in the deleted one stays done only if
 * it moves there.
 */
async function checkReplacement(req: Req, workflow: Workflow, deleted: number, id: unknown) {
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
  if (deleted === workflow.terminal && replacement !== order[order.length - 1])
    await refuseUnlockingDone(req, workflow, {
      newFinal: order[order.length - 1]!,
      what: `Deleting ${name} into ${workflow.statuses.find((s) => s.id === replacement)?.name}`,
    })
  return { order, replacement }
}

/**
 * Moves every document of `collection` in the deleted status to the replacement, locked up front
 * in the one order concurrent actions use (by id), then one by one with that move's postings.
 * One that cannot move (no stock for its postings) fails the whole delete, which names it.
 */
async function moveDocuments(
  req: Req,
  collection: 'executions' | 'manufacturing-orders',
  deleted: number,
  replacement: { id: number; name: string | undefined },
) {
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
        // Deleting the final status takes its documents out of it: executions too.
        context: leavingFinalStatus(collection, doc.id, 'statusDeletion'),
        data: { status: replacement.id },
        id: doc.id,
        overrideAccess: true,
        req,
      })
    } catch (error) {
      const { code, orderNumber } = doc as { code?: string | null; orderNumber?: string | null }
      const label = code ?? orderNumber ?? `${collection} ${doc.id}`
      if (error instanceof Error)
        error.message = `replacement: ${label} cannot move to ${replacement.name}: ${error.message}`
      throw error
    }
  }
}

/**
 * A status is deleted only into a replacement: rules that named it are re-pointed, lines posted
 * as due at it count as due at the replacement, and every document in it moves there with the
 * postings that move implies. Without a replacement nothing happens and the delete is refused.
 */
export const moveDocumentsToReplacementStatus: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const deleted = Number(id)
  const workflow = await loadWorkflow(req)
  const { order, replacement } = await checkReplacement(req, workflow, deleted, id)
  const settings = await req.payload.findGlobal({
    depth: 0,
    overrideAccess: true,
    req,
    slug: 'production-settings',
  })
  await req.payload.updateGlobal({
    data: repointedSettings(settings, deleted, replacement, order, workflow.rules.general),
    overrideAccess: true,
    req,
    slug: 'production-settings',
  })
  await query(
    await transactionDb(req),
    sql`update status_postings set due_status_id = ${replacement} where due_status_id = ${deleted}`,
  )
  // Executions before orders: the order concurrent actions lock in.
  const name = workflow.statuses.find((s) => s.id === replacement)?.name
  for (const collection of ['executions', 'manufacturing-orders'] as const)
    await moveDocuments(req, collection, deleted, { id: replacement, name })
}
