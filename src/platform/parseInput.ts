import type { Decimal } from './rules/decimal'

import { parseDecimal, problemText } from './rules/decimal'
import { invalid } from './errors'
import { isCanonicalId, textProblem } from './rules/inputValues'

/** A document id from JSON: a positive integer, or its decimal string. */
export function documentId(value: unknown, path: string, what: string): number {
  if (!isCanonicalId(value)) throw invalid(path, `must be the id of ${what}`)
  return Number(value)
}

export const optionalId = (value: unknown, path: string, what: string): number | undefined =>
  value === undefined || value === null || value === '' ? undefined : documentId(value, path, what)

export function positiveQuantity(value: unknown, path: string): Decimal {
  const parsed = parseDecimal(value, 'positive')
  if (!parsed.ok) throw invalid(path, problemText[parsed.problem])
  return parsed.value
}

export function noteOf(value: unknown, path: string): null | string {
  if (value === undefined || value === null || value === '') return null
  if (typeof value !== 'string' || value.length > 2000)
    throw invalid(path, 'must be text of at most 2000 characters')
  const problem = textProblem(value, false)
  if (problem) throw invalid(path, problem)
  return value.trim() || null
}

/** At most this many lines per request: a stage's entries, not a bulk import. */
const maxLines = 200

/** The request's `lines`: a non-empty array of objects. */
export function lineList(value: unknown): Record<string, unknown>[] {
  if (!Array.isArray(value) || value.length === 0)
    throw invalid('lines', 'must list at least one line')
  if (value.length > maxLines) throw invalid('lines', `must list at most ${maxLines} lines`)
  return value.map((line, index) => {
    if (typeof line !== 'object' || line === null || Array.isArray(line))
      throw invalid(`lines[${index}]`, 'must be an object')
    return line as Record<string, unknown>
  })
}
