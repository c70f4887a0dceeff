import Big from 'big.js'

import { type Decimal, parseDecimal, problemText } from '../../platform/rules/decimal'
import { postingTarget } from './remainingToPost'

/** What the caller asks to pick of one ingredient line. */
export type PickRequest = {
  ingredient: string
  lots?: { lot: number; quantity: unknown }[]
  quantity?: unknown
}

/** An ingredient line of the order, its quantities exact. */
export type PickableLine = {
  actualOverride: Decimal | null
  backflushedQuantity: Decimal
  id?: null | string
  lotStrategy?: null | string
  pickedQuantity: Decimal
  plannedQuantity: Decimal
  sku?: null | string
}

export type IngredientPick<L> = {
  asked: Decimal
  lots: { lot: number; quantity: Decimal }[]
  row: L
}

type Problem = { message: string; path: string }

/**
 * What each requested line picks: the lots named (a custom-strategy line must name them) or a
 * quantity, by default what the line still needs (its target minus what was picked or
 * backflushed). Every problem of every line is listed, so nothing is picked unless all is right.
 */
export function ingredientPicks<L extends PickableLine>(
  requests: readonly PickRequest[],
  rows: readonly L[],
): { ok: true; picks: IngredientPick<L>[] } | { ok: false; problems: Problem[] } {
  const problems: Problem[] = []
  const picks = requests.flatMap((request, index) => {
    const at = (field: string) => `lines[${index}].${field}`
    const row = rows.find((r) => r.id === request?.ingredient)
    if (!row) {
      problems.push({ message: 'no such ingredient line on this order', path: at('ingredient') })
      return []
    }
    const open = postingTarget(row).minus(row.pickedQuantity).minus(row.backflushedQuantity)
    const lots = namedLots(request, at, problems)
    if (row.lotStrategy === 'custom' && lots.length === 0)
      problems.push({ message: 'this line picks custom lots: name them', path: at('lots') })
    const asked = lots.length > 0 ? sumOf(lots) : askedQuantity(request, open, at, problems)
    if (asked.lte(0) && problems.length === 0)
      problems.push({ message: `${row.sku} needs nothing more picked`, path: at('ingredient') })
    else if (asked.gt(open))
      problems.push({
        message: `${row.sku} needs ${open.toFixed()} more, not ${asked.toFixed()}`,
        path: at('quantity'),
      })
    return [{ asked, lots, row }]
  })
  return problems.length > 0 ? { ok: false, problems } : { ok: true, picks }
}

const sumOf = (lots: { quantity: Decimal }[]) =>
  lots.reduce((total, lot) => total.plus(lot.quantity), new Big(0))

function namedLots(request: PickRequest, at: (field: string) => string, problems: Problem[]) {
  return (request.lots ?? []).map((lot, n) => {
    const quantity = parseDecimal(lot?.quantity, 'positive')
    if (!quantity.ok)
      problems.push({ message: problemText[quantity.problem], path: at(`lots[${n}].quantity`) })
    if (!Number.isSafeInteger(lot?.lot))
      problems.push({ message: 'must be a lot id', path: at(`lots[${n}].lot`) })
    return { lot: lot?.lot, quantity: quantity.ok ? quantity.value : new Big(0) }
  })
}

function askedQuantity(
  request: PickRequest,
  open: Decimal,
  at: (field: string) => string,
  problems: Problem[],
): Decimal {
  if (request.quantity === undefined) return open
  const quantity = parseDecimal(request.quantity, 'positive')
  if (!quantity.ok) problems.push({ message: problemText[quantity.problem], path: at('quantity') })
  return quantity.ok ? quantity.value : new Big(0)
}

/** Adds lots to a line's picked lots, summing a lot picked again. */
export function mergePickedLots(
  held: readonly { lot: number; quantity: Decimal }[],
  added: readonly { lot: number; quantity: Decimal }[],
): { lot: number; quantity: Decimal }[] {
  const lots = held.map((l) => ({ ...l }))
  for (const add of added) {
    const same = lots.find((l) => l.lot === add.lot)
    if (same) same.quantity = same.quantity.plus(add.quantity)
    else lots.push({ ...add })
  }
  return lots
}
