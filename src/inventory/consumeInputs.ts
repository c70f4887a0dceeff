import type { Decimal } from '../platform/rules/decimal'
import type { LotStrategy } from '../ledger'
import { allocatePreferred, type LotQuantity } from '../ledger'
import type { PostingLineInput } from '../ledger'

/**
 * The ledger lines that consume `quantity` of an item at a location: first from the preferred
 * lots (picked ones), naming them, then the rest by the lot strategy.
 */
export function consumeInputs(
  line: {
    id: string
    item: number
    preferLots?: LotQuantity[]
    quantity: Decimal
    strategy?: LotStrategy
  },
  location: number,
  production: number,
): PostingLineInput[] {
  const { named, rest } = allocatePreferred(line.quantity, line.preferLots ?? [])
  const base = {
    from: location,
    item: line.item,
    reason: 'consume' as const,
    sourceLine: line.id,
    to: production,
  }
  return [
    ...(named.length
      ? [
          {
            ...base,
            lots: named.map((n) => ({ lot: n.lot, quantity: n.quantity.toFixed() })),
            quantity: named.reduce((sum, n) => sum.plus(n.quantity), rest.times(0)).toFixed(),
          },
        ]
      : []),
    ...(rest.gt(0)
      ? [
          {
            ...base,
            quantity: rest.toFixed(),
            ...(line.strategy ? { strategy: line.strategy } : {}),
          },
        ]
      : []),
  ]
}
