import type { Decimal } from '../../platform/rules/decimal'
import type { PickStatus } from './ingredientLine'

/** The order's pick badge. */
export type PickProgress = 'not_started' | 'in_progress' | 'picked'

/** A line is picked once its reserved lots cover the planned quantity, and unpicked before any. */
export function linePickStatus(planned: Decimal, picked: Decimal): PickStatus {
  if (picked.lte(0)) return 'not_picked'
  return picked.gte(planned) ? 'picked' : 'in_progress'
}

/**
 * The badge from the lines that need picking: picked when all are, not started when none has
 * begun, else in progress. A line planned at zero needs nothing and does not count, so it neither
 * holds the badge back nor moves it; an order with nothing to pick has not started picking.
 */
export function pickProgress(
  lines: readonly { pickStatus: PickStatus; plannedQuantity: Decimal }[],
): PickProgress {
  const counted = lines.filter((line) => line.plannedQuantity.gt(0))
  if (counted.length === 0 || counted.every((line) => line.pickStatus === 'not_picked')) {
    return 'not_started'
  }
  return counted.every((line) => line.pickStatus === 'picked') ? 'picked' : 'in_progress'
}
