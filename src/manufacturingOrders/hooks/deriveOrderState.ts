import type { CollectionBeforeChangeHook } from 'payload'

import { type BatchStatus, startNextBatch } from '../rules/batchRows'
import { linePickStatus, pickProgress } from '../rules/pickProgress'
import { orderState, productionState } from '../rules/productionState'
import { idOf } from '../../platform/idOf'
import { completedOutput, type OrderData } from '../orderShape'
import { loadWorkflow } from '../../workflow/workflow'
import { decimalOf } from '../../platform/rules/decimal'

/**
 * Derives what an order shows of its progress: done in the last status, each line's pick status
 * and the order's pick badge, when it started (a status past the first, picking or output) and
 * completed, the production state the list filters by, and which batch is under way (the first
 * pending one once something is picked or output recorded).
 */
export const deriveOrderState: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const order = data as OrderData
  const merged = { ...(originalDoc as OrderData), ...order }
  const workflow = await loadWorkflow(req)
  const status = merged.status ? idOf(merged.status) : workflow.defaultStatus
  const state = orderState(status, workflow.order)
  order.ingredients = (merged.ingredients ?? []).map((row) => ({
    ...row,
    pickStatus: linePickStatus(
      decimalOf(row.actualOverride ?? row.plannedQuantity),
      decimalOf(row.pickedQuantity),
    ),
  }))
  order.pickProgress = pickProgress(
    order.ingredients.map((row) => ({
      pickStatus: row.pickStatus!,
      plannedQuantity: decimalOf(row.actualOverride ?? row.plannedQuantity),
    })),
  )
  const completed = completedOutput(merged)
  if (merged.mode === 'batch' && merged.outputs?.length)
    order.outputs = startNextBatch(
      merged.outputs.map((row) => ({
        ...row,
        batchNumber: row.batchNumber ?? 0,
        status: (row.status ?? 'pending') as BatchStatus,
      })),
      order.pickProgress !== 'not_started' ||
        merged.outputs.some((row) => row.status === 'completed'),
    )
  const now = new Date().toISOString()
  if (
    !merged.startedAt &&
    (status !== workflow.order[0] || order.pickProgress !== 'not_started' || completed.gt(0))
  )
    order.startedAt = now
  order.state = state
  order.completedAt = state === 'done' ? (merged.completedAt ?? now) : null
  order.productionState = productionState({
    blocked: Boolean(merged.blocked),
    completedQuantity: completed,
    pickProgress: order.pickProgress,
    startedAt:
      (order.startedAt ?? merged.startedAt)
        ? new Date(String(order.startedAt ?? merged.startedAt))
        : null,
    state,
  })
  return data
}
