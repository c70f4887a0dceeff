import type { PayloadRequest } from 'payload'

import { userHolds } from '../../../access/components/userHolds'
import type { ManufacturingOrder } from '../../../payload-types'
import { idOf } from '../../../platform/idOf'
import { loadWorkflow, type StatusDoc } from '../../../workflow/workflow'
import { nextStatus } from '../../rules/nextStatus'

export type OrderStep = {
  current: null | string
  /** Moving into (or out of) the last status needs the finalize permission. */
  finalize: boolean
  next: null | StatusDoc
  nextIsLast: boolean
}

/** Where the order stands in the workflow, the status after it, and whether it is the last. */
export async function orderStep(
  req: PayloadRequest,
  order: ManufacturingOrder,
): Promise<OrderStep> {
  const workflow = await loadWorkflow(req)
  const status = idOf(order.status)
  const next = nextStatus(workflow.order, status)
  return {
    current: workflow.statuses.find((s) => s.id === status)?.name ?? null,
    finalize: await userHolds(req.payload, req.user, 'manufacturingOrders.finalize'),
    next: workflow.statuses.find((s) => s.id === next) ?? null,
    nextIsLast: next !== null && next === workflow.terminal,
  }
}
