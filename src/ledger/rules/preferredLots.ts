import type { Decimal } from '../../platform/rules/decimal'

export type LotQuantity = { lot: number; quantity: Decimal }

/**
 * How much of `quantity` comes from lots the user chose beforehand (picked lots, in the order
 * they were picked, each up to what is left of it) and how much the lot strategy picks.
 */
export function allocatePreferred(
  quantity: Decimal,
  preferred: readonly LotQuantity[],
): { named: LotQuantity[]; rest: Decimal } {
  const named: LotQuantity[] = []
  let rest = quantity
  for (const { lot, quantity: left } of preferred) {
    if (rest.lte(0)) break
    if (left.lte(0)) continue
    const take = left.lt(rest) ? left : rest
    const same = named.find((n) => n.lot === lot)
    if (same) same.quantity = same.quantity.plus(take)
    else named.push({ lot, quantity: take })
    rest = rest.minus(take)
  }
  return { named, rest }
}
