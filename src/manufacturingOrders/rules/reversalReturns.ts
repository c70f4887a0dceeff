import Big from 'big.js'

import type { Decimal } from '../../platform/rules/decimal'

/** A movement that consumed an ingredient for the output row, and what reversals returned of it. */
export type ConsumedLot = {
  id: number
  item: number
  line: string
  lot: number
  quantity: Decimal
  returned: Decimal
  unitCost: string
}

export type LotReturn = {
  item: number
  line: string
  lot: number
  quantity: Decimal
  unitCost: string
}

/**
 * Which lots each line's share goes back into: the movements in the order given (the latest
 * first), each up to what it consumed less what earlier reversals returned, at its cost then.
 */
export function returnsToLots(
  shares: readonly { line: string; quantity: Decimal }[],
  consumed: readonly ConsumedLot[],
): LotReturn[] {
  const left = new Map(consumed.map((m) => [m.id, m.quantity.minus(m.returned)]))
  const returns: LotReturn[] = []
  for (const { line, quantity: due } of shares) {
    let remaining: Decimal = due
    for (const m of consumed.filter((c) => c.line === line)) {
      if (remaining.lte(0)) break
      const take = left.get(m.id)!.lt(remaining) ? left.get(m.id)! : remaining
      if (take.lte(0)) continue
      left.set(m.id, left.get(m.id)!.minus(take))
      remaining = remaining.minus(take)
      returns.push({ item: m.item, line, lot: m.lot, quantity: take, unitCost: m.unitCost })
    }
  }
  return returns
}

/** What the row consumed of each line, over its movements. */
export function consumedPerLine(consumed: readonly { line: string; quantity: Decimal }[]) {
  const perLine = new Map<string, Decimal>()
  for (const m of consumed)
    perLine.set(m.line, (perLine.get(m.line) ?? new Big(0)).plus(m.quantity))
  return [...perLine].map(([line, quantity]) => ({ line, quantity }))
}
