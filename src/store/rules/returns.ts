import Big from 'big.js'

import { type Decimal, minDecimal } from '../../platform/rules/decimal'
import { idOf } from '../../platform/rules/idOf'
import { type LotColumns, lotQuantity } from './requisitionLots'

/**
 * A lot's row once `quantity` of it is back in store: more returned, and no more staged than is
 * still on the floor; `unstaged` is what leaves the trolley it waited on.
 */
export function afterReturn(
  row: LotColumns,
  quantity: Decimal,
): { returned: number; staged: number; unstaged: Decimal } {
  const returned = Number(lotQuantity(row, 'returned').plus(quantity).toFixed())
  const onFloor = lotQuantity(row, 'issued').minus(returned).minus(lotQuantity(row, 'consumed'))
  const staged = minDecimal(lotQuantity(row, 'staged'), onFloor)
  return {
    returned,
    staged: Number(staged.toFixed()),
    unstaged: lotQuantity(row, 'staged').minus(staged),
  }
}

type TrolleyLine = { lot: unknown; quantity: number; requisition: unknown }

/**
 * A trolley's lines once `takes` of requisition `requisition` left it (back to the store, or
 * consumed on the floor), each lot taken from its lines in order; emptied lines dropped, and the
 * trolley emptied with its last line.
 */
export function trolleyWithout<L extends TrolleyLine>(
  lines: readonly L[],
  requisition: number,
  takes: readonly { lot: number; quantity: Decimal }[],
): { lines: L[]; state: 'emptied' | 'ready' } {
  const left = lines.map((line) => ({ ...line }))
  for (const take of takes) {
    let rest = take.quantity
    for (const line of left) {
      if (rest.lte(0)) break
      if (idOf(line.requisition) !== requisition || idOf(line.lot) !== take.lot) continue
      const off = minDecimal(rest, new Big(line.quantity))
      line.quantity = Number(new Big(line.quantity).minus(off).toFixed())
      rest = rest.minus(off)
    }
  }
  const kept = left.filter((line) => line.quantity > 0)
  return { lines: kept, state: kept.length > 0 ? 'ready' : 'emptied' }
}
