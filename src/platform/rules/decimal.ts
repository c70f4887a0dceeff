import Big from 'big.js'

/**
 * Exact decimals for quantities and money. Postgres stores them as numeric; here they are
 * big.js values, never floats, so 0.1 kg posted ten times is exactly 1 kg.
 */
export type Decimal = Big

/** Quantities and costs carry at most this many decimal places. */
export const decimalPlaces = 6
/** Larger magnitudes are refused: no factory counts past a trillion of anything. */
const limit = new Big('1e12')

export type DecimalProblem =
  'not_a_number' | 'not_positive' | 'negative' | 'too_large' | 'too_precise'

export type DecimalResult = { ok: true; value: Decimal } | { ok: false; problem: DecimalProblem }

export const problemText: Record<DecimalProblem, string> = {
  negative: 'must not be negative',
  not_a_number: 'must be a number',
  not_positive: 'must be greater than zero',
  too_large: 'is too large',
  too_precise: `has more than ${decimalPlaces} decimal places`,
}

/**
 * Reads a decimal from JSON input: a finite number or a numeric string. A JS number is read
 * through its shortest decimal form (0.1 is 0.1, not 0.1000000000000000055…).
 */
export function parseDecimal(
  input: unknown,
  sign: 'positive' | 'non_negative' | 'any' = 'any',
): DecimalResult {
  let value: Big
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return { ok: false, problem: 'not_a_number' }
    value = new Big(String(input))
  } else if (
    typeof input === 'string' &&
    /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i.test(input)
  ) {
    // big.js refuses a leading '+', which the pattern above lets through.
    value = new Big(input.trim().replace(/^\+/, ''))
  } else if (input instanceof Big) {
    value = input
  } else {
    return { ok: false, problem: 'not_a_number' }
  }
  if (value.abs().gte(limit)) return { ok: false, problem: 'too_large' }
  if (!value.round(decimalPlaces).eq(value)) return { ok: false, problem: 'too_precise' }
  if (sign === 'positive' && value.lte(0)) return { ok: false, problem: 'not_positive' }
  if (sign === 'non_negative' && value.lt(0)) return { ok: false, problem: 'negative' }
  return { ok: true, value }
}

export const decimal = (value: Big.BigSource): Decimal => new Big(value)
export const zero = new Big(0)
/** A stored or submitted quantity as a decimal; an empty one (null, undefined, '') is zero. */
export const decimalOf = (value: unknown): Decimal =>
  value === null || value === undefined || value === '' ? zero : new Big(String(value))
export const sum = (values: Iterable<Decimal>): Decimal => {
  let total = zero
  for (const value of values) total = total.plus(value)
  return total
}
export const minDecimal = (a: Decimal, b: Decimal): Decimal => (a.lt(b) ? a : b)
/** Money and unit costs rounded half-up to the stored precision. */
export const roundStored = (value: Decimal): Decimal => value.round(decimalPlaces, Big.roundHalfUp)
/** The numeric literal Postgres receives. */
export const toSql = (value: Decimal): string => value.toFixed()
