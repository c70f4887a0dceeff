import { type Decimal, roundStored, sum } from '../../platform/rules/decimal'
import { type OrderPlan, type RecipeScale, scaleForPlan } from './orderPlan'

/** An operation of an order: a crew working for some minutes at a rate per hour each. */
export type OrderOperation = { crewSize: Decimal; minutes: Decimal; ratePerHour: Decimal }

/** The resource's hours: crew × minutes ÷ 60. */
export const resourceHours = (operation: Pick<OrderOperation, 'crewSize' | 'minutes'>): Decimal =>
  roundStored(operation.crewSize.times(operation.minutes).div(60))

/** crew × minutes ÷ 60 × rate, rounded once at the end so hours are never rounded twice. */
export const operationPlannedCost = (operation: OrderOperation): Decimal =>
  roundStored(operation.crewSize.times(operation.minutes).times(operation.ratePerHour).div(60))

/** What was recorded of an operation; empty (null) where nothing was. */
export type RecordedTime = { actualCrewSize: Decimal | null; actualMinutes: Decimal | null }

/**
 * The operation's actual cost: the recorded crew × the recorded minutes ÷ 60 × its rate, each
 * falling back to the planned figure where none was recorded (an operation run as planned needs
 * nothing entered).
 */
export const operationActualCost = (operation: OrderOperation & RecordedTime): Decimal =>
  operationPlannedCost({
    crewSize: operation.actualCrewSize ?? operation.crewSize,
    minutes: operation.actualMinutes ?? operation.minutes,
    ratePerHour: operation.ratePerHour,
  })

/** The order's planned operation cost: the sum of each operation's, as each is shown. */
export const operationsCost = (operations: readonly OrderOperation[]): Decimal =>
  sum(operations.map(operationPlannedCost))

/**
 * The order's operations from the recipe's: minutes scaled to the order as components are, so a
 * per-unit recipe's 30 minutes a table are 2 hours for four tables; crew and rate stay.
 */
export const planOperations = <Operation extends { minutes: Decimal }>(
  recipe: RecipeScale,
  operations: readonly Operation[],
  plan: OrderPlan,
): Operation[] =>
  operations.map((operation) => ({
    ...operation,
    minutes: scaleForPlan(recipe, plan, operation.minutes),
  }))
