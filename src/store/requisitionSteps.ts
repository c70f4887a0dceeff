import type { PayloadRequest } from 'payload'

import { clientPostingKey } from '../ledger'
import { postingKeyOf } from '../platform/rules/idempotency'
import {
  lockRequisition,
  postingCount,
  type Requisition,
  requisitionAnswer,
  saveRequisition,
  servedExecutions,
} from './requisitions'
import { followConsumption } from './followConsumption'
import { settleExecutions } from './settleExecutions'
import { refreshSupplyStatus } from './supplyStatus'

// The steps a requisition goes through at the store (pick, issue, return, cancel) begin and end
// alike: one lock, one posting key per movement, one save that the served executions follow.

/** What pick, issue and return are asked: the requisition, the lines (all when absent), a key. */
export type RequisitionStepArgs = { key?: unknown; lines?: unknown; requisition: unknown }

export const requisitionStepArgs = { key: 'String', lines: 'JSON', requisition: 'Int!' } as const

/**
 * The client's posting key for `action` (null when it sent none), then the requisition, locked,
 * with what production consumed of it on the floor recorded.
 */
export async function beginRequisitionStep(
  req: PayloadRequest,
  action: string,
  args: RequisitionStepArgs,
): Promise<{ clientKey: null | string; requisition: Requisition }> {
  const clientKey = clientPostingKey(req, action, args.key)
  return { clientKey, requisition: await lockFollowedRequisition(req, args.requisition) }
}

/** A requisition locked for a step, with what production consumed of it on the floor recorded. */
export async function lockFollowedRequisition(
  req: PayloadRequest,
  id: unknown,
  field?: string,
): Promise<Requisition> {
  const [requisition] = await followConsumption(req, [await lockRequisition(req, id, field)])
  return requisition!
}

/** The ledger key of the requisition's next `step` posting, fresh by its movement count. */
export async function requisitionPostingKey(
  req: PayloadRequest,
  requisition: Requisition,
  step: string,
): Promise<string> {
  return postingKeyOf(
    'material-requisitions',
    requisition.id,
    `${step}/${await postingCount(req, requisition.id)}`,
  )
}

/**
 * Saves the requisition's new quantities, settles the executions it serves when stock reached or
 * left the floor (`settle`), refreshes their supply status and answers the requisition as saved.
 */
export async function finishRequisitionStep(
  req: PayloadRequest,
  requisition: Requisition,
  { cancelled, settle }: { cancelled?: boolean; settle: boolean },
) {
  const saved = await saveRequisition(req, requisition, cancelled ? { cancelled } : {})
  if (settle) await settleExecutions(req, servedExecutions(saved))
  await refreshSupplyStatus(req, servedExecutions(saved))
  return requisitionAnswer(saved)
}
