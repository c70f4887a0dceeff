import { type Decimal, zero } from '../../platform/rules/decimal'
import type { IngredientLine, IngredientLotStrategy } from './ingredientLine'
import { type OrderPlan, type RecipeScale, scaleForPlan } from '../../recipes/rules/orderPlan'

export type RecipeComponents = RecipeScale & {
  components: readonly { item: number; quantity: Decimal }[]
}

/**
 * The ingredient lines of a new order: one per recipe component, in recipe order, its planned
 * quantity scaled to the order, nothing picked or posted yet. Lines are not merged by item, so
 * each stays traceable to the recipe line it came from.
 */
export const planIngredients = (
  recipe: RecipeComponents,
  plan: OrderPlan,
  lotStrategyOf: (item: number) => IngredientLotStrategy = () => 'fifo',
): IngredientLine[] =>
  recipe.components.map((component) => ({
    actualOverride: null,
    basis: recipe.basis,
    item: component.item,
    lotStrategy: lotStrategyOf(component.item),
    pickStatus: 'not_picked',
    pickedQuantity: zero,
    plannedQuantity: scaleForPlan(recipe, plan, component.quantity),
    postedQuantity: zero,
  }))
