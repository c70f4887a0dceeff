import Big from 'big.js'

import { type Decimal, minDecimal, parseDecimal, problemText } from '../../platform/rules/decimal'

export type LotAmount = { lot: number; quantity: Decimal }
export type Take<L> = LotAmount & { row: L }
export type TakeWords = {
  none: string
  nothing: string
  over: (there: string, asked: string) => string
}
type Problem = { message: string; path: string }
type Ask = { line?: unknown; quantity?: unknown }

/** The lines a step asks for: those listed, or without a list every line with any to take. */
function askedTakes<L extends { id?: null | string }>(
  rows: readonly L[],
  lines: unknown,
  lotsOf: (line: L) => LotAmount[],
): Ask[] {
  if (lines === undefined || lines === null)
    return rows.filter((row) => lotsOf(row).length > 0).map((row) => ({ line: row.id }))
  return Array.isArray(lines) ? lines : []
}

/** `quantity` taken from `lots` in their order. */
function takeFrom<L>(lots: LotAmount[], quantity: Decimal, row: L): Take<L>[] {
  let left = quantity
  return lots.flatMap((lot) => {
    const q = left.gt(0) ? minDecimal(left, lot.quantity) : new Big(0)
    left = left.minus(q)
    return q.gt(0) ? [{ lot: lot.lot, quantity: q, row }] : []
  })
}

/** One asked line's takes: all there is, or the quantity named (never more than there is). */
function takesOfLine<L extends { id?: null | string }>(
  code: null | string | undefined,
  rows: readonly L[],
  ask: Ask,
  at: (field: string) => string,
  lotsOf: (line: L) => LotAmount[],
  words: TakeWords,
  problems: Problem[],
): Take<L>[] {
  const row = rows.find((r) => r.id === ask?.line)
  if (!row) {
    problems.push({ message: `${code} has no such line`, path: at('line') })
    return []
  }
  const lots = lotsOf(row)
  const there = lots.reduce((total, lot) => total.plus(lot.quantity), new Big(0))
  let quantity = there
  if (ask.quantity !== undefined) {
    const parsed = parseDecimal(ask.quantity, 'positive')
    if (!parsed.ok) problems.push({ message: problemText[parsed.problem], path: at('quantity') })
    quantity = parsed.ok ? parsed.value : new Big(0)
  }
  if (there.lte(0)) problems.push({ message: words.none, path: at('line') })
  else if (quantity.gt(there))
    problems.push({
      message: words.over(there.toFixed(), quantity.toFixed()),
      path: at('quantity'),
    })
  return takeFrom(lots, quantity, row)
}

/**
 * The lots a step (issue, return) takes from a requisition's lines (`code`, `rows`): every line
 * that has any in `lotsOf` in full, or the quantities the request names per line (never more
 * than there is), taken from the lots in `lotsOf`'s order. `nothing` when nothing is asked;
 * every other problem names `lines[i]`.
 */
export function chooseTakes<L extends { id?: null | string }>(
  code: null | string | undefined,
  rows: readonly L[],
  lines: unknown,
  lotsOf: (line: L) => LotAmount[],
  words: TakeWords,
): { nothing: boolean; problems: Problem[]; takes: Take<L>[] } {
  const asked = askedTakes(rows, lines, lotsOf)
  const problems: Problem[] = []
  const takes = asked.flatMap((ask, index) =>
    takesOfLine(code, rows, ask, (field) => `lines[${index}].${field}`, lotsOf, words, problems),
  )
  return { nothing: asked.length === 0, problems, takes }
}
