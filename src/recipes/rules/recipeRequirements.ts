import type { Decimal } from '../../platform/rules/decimal'
import { scaleComponent, type RecipeBasis } from './scaling'

export type Recipe = {
  basis: RecipeBasis
  components: readonly {
    item: number
    quantity: Decimal
    /** The component is a product with an active recipe of its own. */
    subRecipe: boolean
  }[]
  operations: readonly { crewSize: Decimal; minutes: Decimal; resource: number }[]
  output: Decimal
}

export type Requirement = {
  item: number
  kind: 'sub_recipe' | 'supplied'
  requiredQuantity: Decimal
}

/**
 * What making `produce` of a recipe needs: each component scaled, and each operation's resource
 * in hours (crew × minutes ÷ 60 per recipe output, scaled the same way). Lines for the same item
 * are summed, so a resource used by two operations is one requirement.
 */
export function recipeRequirements(recipe: Recipe, produce: Decimal): Requirement[] {
  const scale = (quantity: Decimal) =>
    scaleComponent({ basis: recipe.basis, output: recipe.output, produce, quantity })
  const lines: Requirement[] = [
    ...recipe.components.map((component) => ({
      item: component.item,
      kind: component.subRecipe ? ('sub_recipe' as const) : ('supplied' as const),
      requiredQuantity: scale(component.quantity),
    })),
    ...recipe.operations.map((operation) => ({
      item: operation.resource,
      kind: 'supplied' as const,
      requiredQuantity: scale(operation.crewSize.times(operation.minutes).div(60)),
    })),
  ]
  const byItem = new Map<number, Requirement>()
  for (const line of lines) {
    const seen = byItem.get(line.item)
    if (seen) seen.requiredQuantity = seen.requiredQuantity.plus(line.requiredQuantity)
    else byItem.set(line.item, { ...line })
  }
  return [...byItem.values()].map((line) => ({
    ...line,
    requiredQuantity: line.requiredQuantity.round(6),
  }))
}
