import { type Decimal, minDecimal, zero } from '../../platform/rules/decimal'
import { type LotColumns, lotQuantity, onFloor } from './requisitionLots'

const noLess = (value: Decimal): Decimal => (value.gt(zero) ? value : zero)

/**
 * What each requisition row of one lot on a floor has consumed, from the ledger: the floor holds
 * `onHand` of the lot, other requisitions still hold `othersHeld` of it, and each row put `out`
 * there (issued, less returned). What the floor no longer holds was consumed, the oldest
 * requisition's first (`rows` oldest first); stock back on the floor (a consumption reversed) is
 * held again, the newest first.
 */
export function consumedOnFloor(
  rows: readonly { out: Decimal }[],
  othersHeld: Decimal,
  onHand: Decimal,
): Decimal[] {
  let held = noLess(onHand.minus(othersHeld))
  const consumed: Decimal[] = []
  for (const row of [...rows].reverse()) {
    const kept = minDecimal(noLess(row.out), held)
    held = held.minus(kept)
    consumed.unshift(noLess(row.out.minus(kept)))
  }
  return consumed
}

/**
 * A lot's row once `consumed` of it is consumed on the floor: no more staged than is still there;
 * `unstaged` is what leaves the trolley it waited on. Stock held again is not staged again.
 */
export function afterConsumption(
  row: LotColumns,
  consumed: Decimal,
): { consumed: number; staged: number; unstaged: Decimal } {
  const next = { ...row, consumed: Number(consumed.toFixed()) }
  const staged = noLess(minDecimal(lotQuantity(row, 'staged'), onFloor(next)))
  return {
    consumed: next.consumed,
    staged: Number(staged.toFixed()),
    unstaged: lotQuantity(row, 'staged').minus(staged),
  }
}
