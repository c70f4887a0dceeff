import { concurrencyMessage, isConcurrencyFailure } from './concurrencyConflict'
import { databaseUnavailable } from './databaseUnavailable'

/**
 * SQLSTATE a guard trigger raises for a write it refuses (restrict_violation): the database itself
 * keeps, for instance, the ledger's movements append-only, whatever code or person writes to it.
 */
export const guardViolation = '23001'

/**
 * What a refusal by a database guard means to an API caller: 403 for a write a trigger refuses
 * (with the trigger's message), 400 for a row a CHECK constraint refuses; null for any other
 * error. Looks through the wrappers (drizzle's query error, GraphQL's original error) for the
 * Postgres error.
 */
function guardRefusal(error: unknown): DatabaseRefusal | null {
  for (let at = error as any, depth = 0; at && depth < 5; depth++) {
    if (at.code === guardViolation && typeof at.message === 'string')
      return { data: { code: 'refused' }, message: at.message, status: 403 }
    if (at.code === '23514' && typeof at.constraint === 'string')
      return {
        data: { code: 'invalid' },
        message: `The write was refused: it breaks ${at.constraint}.`,
        status: 400,
      }
    at = at.cause ?? at.originalError
  }
  return null
}

/**
 * What a client is told when PostgreSQL refused or gave up on its request, instead of Payload's
 * 500 "Something went wrong.": a ledger guard's refusal (403 / 400 with its message), a race lost
 * to a concurrent request (409, try again) or a busy database (503, try again in a moment).
 * Nothing of the request was written in any of these: its transaction was rolled back.
 */
export function databaseRefusal(error: unknown): DatabaseRefusal | undefined {
  const guard = guardRefusal(error)
  if (guard) return guard
  if (isConcurrencyFailure(error))
    return { data: { code: 'conflict' }, message: concurrencyMessage, status: 409 }
  const busy = databaseUnavailable(error)
  return busy && { data: busy.data, message: busy.message, status: busy.status }
}

/** A refusal's message, status and `data` (its code). */
export type DatabaseRefusal = { data: { code: string }; message: string; status: number }
