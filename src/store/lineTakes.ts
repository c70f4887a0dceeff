import Big from 'big.js'

import { invalid, invalidEach } from '../platform/errors'
import { minDecimal, parseDecimal, problemText } from '../platform/rules/decimal'
import type { Requisition, RequisitionLine } from './requisitions'

export type LotAmount = { lot: number; quantity: Big }
export type Take = LotAmount & { row: RequisitionLine }

/**
 * The lots a step (issue, return) takes from a requisition's lines: every line that has any in
 * `lotsOf` in full, or the quantities the request names per line (never more than there is),
 * taken from the lots in `lotsOf`'s order. Every problem is one 400 naming `lines[i]`.
 */
export function chooseTakes(
  requisition: Requisition,
  lines: unknown,
  lotsOf: (line: RequisitionLine) => LotAmount[],
  words: { nothing: string; none: string; over: (there: string, asked: string) => string },
): Take[] {
  const rows = requisition.lines ?? []
  const asked: { line?: unknown; quantity?: unknown }[] =
    lines === undefined || lines === null
      ? rows.filter((row) => lotsOf(row).length > 0).map((row) => ({ line: row.id }))
      : Array.isArray(lines)
        ? lines
        : []
  if (asked.length === 0) throw invalid('lines', `${requisition.code} ${words.nothing}`)
  const problems: { message: string; path: string }[] = []
  const takes = asked.flatMap((ask, index) => {
    const at = (field: string) => `lines[${index}].${field}`
    const row = rows.find((r) => r.id === ask?.line)
    if (!row) {
      problems.push({ message: `${requisition.code} has no such line`, path: at('line') })
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
    let left = quantity
    return lots.flatMap((lot) => {
      const q = left.gt(0) ? minDecimal(left, lot.quantity) : new Big(0)
      left = left.minus(q)
      return q.gt(0) ? [{ lot: lot.lot, quantity: q, row }] : []
    })
  })
  if (problems.length > 0) throw invalidEach(problems)
  return takes
}
