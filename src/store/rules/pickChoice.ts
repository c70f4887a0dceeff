import Big from 'big.js'

import { type Decimal, parseDecimal, problemText } from '../../platform/rules/decimal'
import { decimalOf } from '../../platform/rules/decimal'
import { type LotColumns, lotQuantity } from './requisitionLots'

/** A requisition line as picking reads it. */
export type PickableLine = {
  id?: null | string
  lots?: LotColumns[] | null
  requiredQuantity?: unknown
}
/** What a request asks to pick on one line. */
export type PickLine = {
  line?: unknown
  lots?: { lot?: unknown; quantity?: unknown }[]
  quantity?: unknown
  strategy?: unknown
}
export type Problem = { message: string; path: string }
export type NamedLot = { lot: number; path: string; quantity: Decimal }
export type LinePick<L> = {
  lots: NamedLot[]
  quantity: Decimal
  row: L
  strategy: 'fifo' | 'lifo' | undefined
}

/** What a line still needs picked: what it asks, less what is picked and not returned. */
export const openToPick = (line: PickableLine): Big =>
  decimalOf(line.requiredQuantity).minus(
    (line.lots ?? []).reduce(
      (total, row) => total.plus(lotQuantity(row, 'picked')).minus(lotQuantity(row, 'returned')),
      new Big(0),
    ),
  )

/** The lines a pick asks for: those listed, or without a list every line still open in full. */
export const askedPicks = (lines: readonly PickableLine[], listed: unknown): PickLine[] =>
  listed === undefined || listed === null
    ? lines.filter((line) => openToPick(line).gt(0)).map((line) => ({ line: line.id }))
    : Array.isArray(listed)
      ? (listed as PickLine[])
      : []

/** The lots a pick names, each with its quantity read (problems are added to `problems`). */
function namedLots(pick: PickLine, at: (field: string) => string, problems: Problem[]) {
  return (Array.isArray(pick.lots) ? pick.lots : []).map((lot, n) => {
    const quantity = parseDecimal(lot?.quantity, 'positive')
    if (!quantity.ok)
      problems.push({ message: problemText[quantity.problem], path: at(`lots[${n}].quantity`) })
    if (!Number.isSafeInteger(lot?.lot))
      problems.push({ message: 'must be a lot id', path: at(`lots[${n}].lot`) })
    return {
      lot: lot?.lot as number,
      path: at(`lots[${n}].lot`),
      quantity: quantity.ok ? quantity.value : new Big(0),
    }
  })
}

/** How much one pick takes: its lots' sum, the quantity it names, or all that is open. */
function pickedQuantity(
  pick: PickLine,
  lots: NamedLot[],
  open: Decimal,
  at: (field: string) => string,
  problems: Problem[],
): Decimal {
  if (lots.length > 0) return lots.reduce((total, lot) => total.plus(lot.quantity), new Big(0))
  if (pick.quantity === undefined) return open
  const parsed = parseDecimal(pick.quantity, 'positive')
  if (!parsed.ok) problems.push({ message: problemText[parsed.problem], path: at('quantity') })
  return parsed.ok ? parsed.value : new Big(0)
}

/** One asked pick read against its line: partial picks pass, more than is open does not. */
function choosePick<L extends PickableLine>(
  code: null | string | undefined,
  lines: readonly L[],
  pick: PickLine,
  index: number,
  problems: Problem[],
): LinePick<L>[] {
  const at = (field: string) => `lines[${index}].${field}`
  const row = lines.find((r) => r.id === pick?.line)
  if (!row) {
    problems.push({ message: `${code} has no such line`, path: at('line') })
    return []
  }
  const open = openToPick(row)
  const lots = namedLots(pick, at, problems)
  if (pick.strategy !== undefined && pick.strategy !== 'fifo' && pick.strategy !== 'lifo')
    problems.push({ message: 'must be fifo or lifo', path: at('strategy') })
  const quantity = pickedQuantity(pick, lots, open, at, problems)
  if (open.lte(0))
    problems.push({ message: 'this line is picked in full already', path: at('line') })
  else if (quantity.gt(open))
    problems.push({
      message: `only ${open.toFixed()} is left to pick on this line, not ${quantity.toFixed()}`,
      path: at(lots.length > 0 ? 'lots' : 'quantity'),
    })
  return [{ lots, quantity, row, strategy: pick.strategy as 'fifo' | 'lifo' | undefined }]
}

/**
 * The picks a request makes on a requisition (`code`, `lines`): each asked line with the lots it
 * names or its strategy and the quantity it takes, and every problem with the request, each at
 * its `lines[i]` path.
 */
export function choosePicks<L extends PickableLine>(
  code: null | string | undefined,
  lines: readonly L[],
  asked: readonly PickLine[],
): { picks: LinePick<L>[]; problems: Problem[] } {
  const problems: Problem[] = []
  const picks = asked.flatMap((pick, index) => choosePick(code, lines, pick, index, problems))
  return { picks, problems }
}

/** A lot as the store knows it, to check a lot a pick names. */
export type KnownLot = {
  code?: null | string
  disposition?: null | string
  expiresAt?: null | string
  item: number
}

/**
 * Named lots must be the line's item's, available and not expired at `now`: a problem at the
 * lot's path otherwise.
 */
export function namedLotProblems(
  named: readonly { item: number; lot: number; path: string }[],
  known: ReadonlyMap<number, KnownLot>,
  now: number,
): Problem[] {
  return named.flatMap(({ item, lot, path }): Problem[] => {
    const doc = known.get(lot)
    if (!doc) return [{ message: `there is no lot ${lot}`, path }]
    if (doc.item !== item) return [{ message: `lot ${doc.code} is of another item`, path }]
    if (doc.disposition === 'blocked') return [{ message: `lot ${doc.code} is blocked`, path }]
    if (doc.expiresAt && new Date(doc.expiresAt).getTime() <= now)
      return [{ message: `lot ${doc.code} has expired`, path }]
    return []
  })
}
