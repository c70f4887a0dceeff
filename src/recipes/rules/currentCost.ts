import { type Decimal, roundStored, sum, zero } from '../../platform/rules/decimal'

/** Where a bought component's current cost came from, in the order they are tried. */
export type CurrentCostSource = 'last_purchase' | 'none' | 'on_hand' | 'standard'

export type CurrentCost = { source: CurrentCostSource; unitCost: Decimal | null }

/**
 * What one unit of an item costs today: the weighted average of the lots on hand (Σ on hand × lot
 * unit cost ÷ Σ on hand, over physical locations; lots of unknown cost and balances at or below
 * zero are left out, they say nothing about what the stock cost), else what it was last bought
 * at, else its standard cost, else nothing is known.
 */
export function currentCost(facts: {
  lastPurchase: Decimal | null
  onHand: readonly { quantity: Decimal; unitCost: Decimal | null }[]
  standardCost: Decimal | null
}): CurrentCost {
  const costed = facts.onHand.filter((lot) => lot.unitCost !== null && lot.quantity.gt(zero))
  const quantity = sum(costed.map((lot) => lot.quantity))
  if (quantity.gt(zero)) {
    const value = sum(costed.map((lot) => lot.quantity.times(lot.unitCost!)))
    return { source: 'on_hand', unitCost: roundStored(value.div(quantity)) }
  }
  if (facts.lastPurchase !== null) return { source: 'last_purchase', unitCost: facts.lastPurchase }
  if (facts.standardCost !== null) return { source: 'standard', unitCost: facts.standardCost }
  return { source: 'none', unitCost: null }
}
