import { parseDecimal, problemText } from './decimal'

/**
 * What is wrong with one value of a document's field, or null when it may be stored. One rule per
 * kind of field, shared by every collection, so a collection never stores what an action refuses.
 */
export type ValueProblem = null | string

/** A document id: a positive integer, or its canonical decimal string ("12", never "12'--"). */
export const isCanonicalId = (value: unknown): boolean =>
  (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) ||
  (typeof value === 'string' && /^[1-9]\d{0,14}$/.test(value))

/** Postgres refuses NUL and text that is not valid UTF-16 (a lone surrogate) with an error. */
// eslint-disable-next-line no-control-regex
const unstorable = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

export function textProblem(value: unknown, required: boolean): ValueProblem {
  if (value === null || value === undefined) return required ? 'is required' : null
  if (typeof value !== 'string') return 'must be text'
  if (unstorable.test(value)) return 'must not contain NUL or unpaired surrogate characters'
  if (required && value.trim() === '') return 'must not be blank'
  return null
}

/** Text anywhere inside a JSON value (Postgres's jsonb refuses the same characters). */
export function jsonProblem(value: unknown): ValueProblem {
  if (typeof value === 'string') return unstorable.test(value) ? textProblem(value, false) : null
  if (typeof value === 'number' && !Number.isFinite(value)) return 'must be a finite number'
  if (Array.isArray(value)) return value.map(jsonProblem).find(Boolean) ?? null
  if (value && typeof value === 'object')
    return (
      Object.entries(value)
        .flatMap(([key, inner]) => [jsonProblem(key), jsonProblem(inner)])
        .find(Boolean) ?? null
    )
  return null
}

export type DecimalSign = 'any' | 'non_negative' | 'positive'

/** A quantity or an amount of money: what parseDecimal accepts, as a JSON number. */
export function numberProblem(value: unknown, sign: DecimalSign): ValueProblem {
  if (value === null || value === undefined || value === '') return null
  if (typeof value !== 'number' && typeof value !== 'string') return 'must be a number'
  const parsed = parseDecimal(value, sign)
  return parsed.ok ? null : problemText[parsed.problem]
}

/** A whole number (a count, a day of lead time): no fractions, nothing beyond a safe integer. */
export function integerProblem(value: unknown, sign: DecimalSign): ValueProblem {
  const problem = numberProblem(value, sign)
  if (problem || value === null || value === undefined || value === '') return problem
  return Number.isSafeInteger(Number(value)) ? null : 'must be a whole number'
}

/** A relationship's value: an id, or a populated document carrying one. */
export function relationProblem(value: unknown, polymorphic: boolean): ValueProblem {
  if (value === null || value === undefined) return null
  if (polymorphic) {
    if (typeof value !== 'object' || Array.isArray(value)) return 'must be { relationTo, value }'
    return relationProblem((value as { value?: unknown }).value ?? null, false)
  }
  const id =
    value && typeof value === 'object' && !Array.isArray(value)
      ? (value as { id?: unknown }).id
      : value
  return isCanonicalId(id) ? null : 'must be the id of a document (a positive whole number)'
}

/** A date field: an ISO date string Postgres can read, or a Date. */
export function dateProblem(value: unknown): ValueProblem {
  if (value === null || value === undefined) return null
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'must be a valid date' : null
  if (
    typeof value !== 'string' ||
    !/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value)
  )
    return 'must be a date (YYYY-MM-DD or an ISO timestamp)'
  const time = new Date(value).getTime()
  if (Number.isNaN(time)) return 'must be a valid date'
  const [year, month, day] = value.slice(0, 10).split('-').map(Number)
  const parsed = new Date(Date.UTC(year!, month! - 1, day!))
  return parsed.getUTCMonth() === month! - 1 && parsed.getUTCDate() === day!
    ? null
    : 'must be a valid date'
}

export function checkboxProblem(value: unknown): ValueProblem {
  return value === null || value === undefined || typeof value === 'boolean'
    ? null
    : 'must be true or false'
}

export function optionProblem(value: unknown, options: string[], hasMany: boolean): ValueProblem {
  if (value === null || value === undefined) return null
  const values = hasMany && Array.isArray(value) ? value : [value]
  return values.every((v) => typeof v === 'string' && options.includes(v))
    ? null
    : `must be one of ${options.join(', ')}`
}
