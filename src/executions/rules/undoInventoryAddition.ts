import Big from 'big.js'

import { type Decimal, decimalPlaces, minDecimal, zero } from '../../platform/rules/decimal'

/** A component lot an "add to inventory" consumed: how much it took, at the lot's unit cost. */
export type ConsumedLot = {
  item: number
  lot: number
  /** The consuming movement, so a return can name what it gives back. */
  movement: number
  quantity: Decimal
  unitCost: Decimal
}

/** One earlier "add to inventory" of a recipe at a location, and what is left of it. */
export type InventoryAddition = {
  consumed: readonly ConsumedLot[]
  /** Its posting key. */
  key: string
  /** The product lot it made. */
  lot: number
  produced: Decimal
  /** What that lot still holds there, available (on hand less reservations). */
  remaining: Decimal
  /** How much of it earlier undos took back. */
  undone: Decimal
}

export type UndoStep = {
  key: string
  lot: number
  quantity: Decimal
  /** Component quantities going back into the lots they came from, at their unit cost. */
  returns: ConsumedLot[]
}

export type UndoPlan =
  | { ok: true; steps: UndoStep[] }
  | { ok: false; code: 'more_than_added'; requested: Decimal; undoable: Decimal }

/** What can still be undone of one production: what its lot still holds, up to what is not undone yet. */
export function undoableOf(production: InventoryAddition): Decimal {
  const left = minDecimal(production.remaining, production.produced.minus(production.undone))
  return left.gt(0) ? left : zero
}

/**
 * The part of a consumed quantity that undoing `undone` of `produced` gives back in all,
 * rounded to the stored precision. Each undo returns the difference of two of these, so the
 * returns never drift: undoing everything, in any steps, returns exactly what was consumed.
 */
export const returnedShare = (consumed: Decimal, undone: Decimal, produced: Decimal): Decimal =>
  consumed.times(undone).div(produced).round(decimalPlaces, Big.roundHalfUp)

/**
 * Undoes `quantity` of a recipe's inventory additions, latest first (`productions` come in that
 * order): the product leaves the lots they made, and each gives its components back in
 * proportion, into the very lots they were consumed from. Refused when the additions' lots no
 * longer hold that much.
 */
export function planUndo(productions: readonly InventoryAddition[], quantity: Decimal): UndoPlan {
  const steps: UndoStep[] = []
  let left = quantity
  for (const production of productions) {
    if (left.lte(0)) break
    const take = minDecimal(undoableOf(production), left)
    if (take.lte(0)) continue
    const before = production.undone
    const after = before.plus(take)
    const returns = production.consumed.flatMap((consumed) => {
      const back = returnedShare(consumed.quantity, after, production.produced).minus(
        returnedShare(consumed.quantity, before, production.produced),
      )
      return back.gt(0) ? [{ ...consumed, quantity: back }] : []
    })
    steps.push({ key: production.key, lot: production.lot, quantity: take, returns })
    left = left.minus(take)
  }
  if (left.gt(0))
    return {
      code: 'more_than_added',
      ok: false,
      requested: quantity,
      undoable: quantity.minus(left),
    }
  return { ok: true, steps }
}
