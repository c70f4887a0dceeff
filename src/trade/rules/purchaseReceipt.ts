import Big from 'big.js'

import { type Decimal, parseDecimal, problemText, zero } from '../../platform/rules/decimal'

/** A purchase order line as a receipt reads it. */
export type OrderedLine = { quantity: number; receivedQuantity?: null | number }
/** A receipt's line as a request names it: the line's index in the order and what arrives. */
export type ReceivedEntry = { line: number; quantity: number | string }
export type Refusal = { message: string; path: string }

/** What arrives on each line as the request names it, or the first problem with an entry. */
function namedArrivals(
  lines: readonly OrderedLine[],
  asked: readonly ReceivedEntry[],
): Decimal[] | Refusal {
  const arriving = lines.map(() => zero)
  for (const [n, entry] of asked.entries()) {
    const index = entry?.line
    if (!Number.isInteger(index) || index < 0 || index >= lines.length)
      return {
        message: `must be a line index between 0 and ${lines.length - 1}`,
        path: `lines[${n}].line`,
      }
    const quantity = parseDecimal(entry.quantity, 'positive')
    if (!quantity.ok)
      return { message: problemText[quantity.problem], path: `lines[${n}].quantity` }
    arriving[index] = arriving[index]!.plus(quantity.value)
  }
  return arriving
}

/**
 * What arrives on each line of purchase order `number`: all that is still due, or what the
 * request lists (entries for one line add up). Refused: a malformed list, more than is due on a
 * line, a receipt of nothing.
 */
export function arrivingQuantities(
  number: null | string | undefined,
  lines: readonly OrderedLine[],
  asked: unknown,
): { arriving: Decimal[] } | { refusal: Refusal } {
  const due = lines.map((line) => new Big(line.quantity).minus(line.receivedQuantity ?? 0))
  let arriving = due
  if (asked !== undefined && asked !== null) {
    if (!Array.isArray(asked) || asked.length === 0)
      return { refusal: { message: 'must list the lines received', path: 'lines' } }
    const named = namedArrivals(lines, asked)
    if (!Array.isArray(named)) return { refusal: named }
    arriving = named
  }
  const over = arriving.findIndex((quantity, index) => quantity.gt(due[index]!))
  if (over >= 0)
    return {
      refusal: {
        message: `only ${due[over]!.toFixed()} of line ${over} is still due, not ${arriving[over]!.toFixed()}`,
        path: `lines[${over}].quantity`,
      },
    }
  if (arriving.every((quantity) => quantity.eq(0)))
    return { refusal: { message: `nothing of ${number} is still due`, path: 'lines' } }
  return { arriving }
}

/** The order's lines with what arrived added, and the status that leaves the order in. */
export function afterReceipt<L extends OrderedLine>(
  lines: readonly L[],
  arriving: readonly Decimal[],
): { lines: (L & { receivedQuantity: number })[]; status: 'partially_received' | 'received' } {
  const received = lines.map((line, index) => ({
    ...line,
    receivedQuantity: new Big(line.receivedQuantity ?? 0).plus(arriving[index]!).toNumber(),
  }))
  const status = received.every((line) => new Big(line.receivedQuantity).gte(line.quantity))
    ? 'received'
    : 'partially_received'
  return { lines: received, status }
}
