import { type Decimal, roundStored } from '../../platform/rules/decimal'
import { scaleComponent, type RecipeBasis } from './scaling'

/**
 * How an order is sized: a quantity of the product (discrete), or a number of batches, one batch
 * being one output of the recipe.
 */
export type OrderPlan = { mode: 'discrete'; quantity: Decimal } | { batches: number; mode: 'batch' }

/** What scaling needs to know of the order's recipe snapshot. */
export type RecipeScale = { basis: RecipeBasis; output: Decimal }

/** The output the order plans to make: its quantity, or the recipe's output per batch × batches. */
export const plannedOutput = (recipe: RecipeScale, plan: OrderPlan): Decimal =>
  plan.mode === 'batch' ? recipe.output.times(plan.batches) : plan.quantity

/**
 * A recipe figure (a component's quantity, an operation's minutes) scaled to the order. In batch
 * mode it is the per-batch figure × batches whatever the basis, since a batch is exactly one
 * recipe output; in discrete mode per_unit scales by quantity and per_batch by whole batches, as
 * every other document scales. Rounded to the stored precision.
 */
export function scaleForPlan(recipe: RecipeScale, plan: OrderPlan, figure: Decimal): Decimal {
  if (plan.mode === 'batch') {
    if (!Number.isSafeInteger(plan.batches) || plan.batches < 1) {
      throw new RangeError(`batches must be a whole number of at least 1, not ${plan.batches}`)
    }
    return roundStored(figure.times(plan.batches))
  }
  return roundStored(
    scaleComponent({
      basis: recipe.basis,
      output: recipe.output,
      produce: plan.quantity,
      quantity: figure,
    }),
  )
}
