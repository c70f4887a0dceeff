import type { Decimal } from '../../platform/rules/decimal'
import type { LotStrategy } from '../../ledger/rules/lotPicking'
import type { RecipeBasis } from '../../recipes/rules/scaling'

/** custom: the user names the lots to take. */
export type IngredientLotStrategy = LotStrategy | 'custom'

export type PickStatus = 'not_picked' | 'in_progress' | 'picked'

/** An ingredient line of a manufacturing order. */
export type IngredientLine = {
  /** What was really used, when the user entered it; it then replaces the planned quantity. */
  actualOverride: Decimal | null
  basis: RecipeBasis
  item: number
  lotStrategy: IngredientLotStrategy
  pickStatus: PickStatus
  /** Reserved in lots so far. */
  pickedQuantity: Decimal
  plannedQuantity: Decimal
  /** Consumed so far, by backflushing and by status rules, net of what reversals returned. */
  postedQuantity: Decimal
}

/**
 * What consuming a line reads of it: its target and what it consumed so far (an ingredient, or
 * any line consumed up to a target).
 */
export type ConsumptionLine = Pick<
  IngredientLine,
  'actualOverride' | 'plannedQuantity' | 'postedQuantity'
>

/** A quantity for one line, named by the line's id. */
export type LineQuantity = { line: string; quantity: Decimal }
