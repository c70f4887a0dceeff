import type { Decimal } from '../../platform/rules/decimal'
import type { StatusRef } from '../../workflow/rules/planTransition'
import type { PickProgress } from './pickProgress'

/** Stored on the order: done once it reaches the terminal (last) status. */
export type OrderState = 'open' | 'done'

export type ProductionState = 'not_started' | 'blocked' | 'in_progress' | 'done'

/** done in the last status of the workflow, open in any other. */
export const orderState = (status: StatusRef, statuses: readonly StatusRef[]): OrderState =>
  statuses.length > 0 && status === statuses[statuses.length - 1] ? 'done' : 'open'

/**
 * What the floor sees: done once done; blocked while open and blocked, whatever progress was
 * made; under way (`in_progress`) once started, picked from or partly completed; otherwise not
 * started. Under way is no status: it says how far the work has got, whatever the status.
 */
export function productionState(order: {
  blocked: boolean
  /** Output completed so far, net of reversals. */
  completedQuantity: Decimal
  pickProgress: PickProgress
  startedAt: Date | null
  state: OrderState
}): ProductionState {
  if (order.state === 'done') return 'done'
  if (order.blocked) return 'blocked'
  const begun =
    order.startedAt !== null ||
    order.pickProgress !== 'not_started' ||
    order.completedQuantity.gt(0)
  return begun ? 'in_progress' : 'not_started'
}
