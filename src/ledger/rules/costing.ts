import { type Decimal, roundStored, sum, zero } from '../../platform/rules/decimal'

/** Consumed cost: Σ quantity × the unit cost of the lot each quantity came from. */
export const consumedCost = (takes: readonly { quantity: Decimal; unitCost: Decimal }[]): Decimal =>
  sum(takes.map((take) => take.quantity.times(take.unitCost)))

/**
 * An output lot's unit cost: (materials consumed + absorbed operation cost) / produced quantity,
 * rounded to the stored precision. Nothing produced has no unit cost.
 */
export function outputUnitCost(
  materials: Decimal,
  operations: Decimal,
  produced: Decimal,
): Decimal | null {
  if (produced.lte(zero)) return null
  return roundStored(materials.plus(operations).div(produced))
}
