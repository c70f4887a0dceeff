import { APIError } from 'payload'

/**
 * What a request that lost a race with another is told: nothing it did was kept, and the same
 * request sent again will see the other's result.
 */
export const concurrencyMessage =
  'The documents or stock this request changes were changed by another request at the same time; try again (nothing was written).'

/**
 * The 409 for a transaction Postgres aborted because of a concurrent one, as answerDatabaseRefusals
 * answers the same race lost by Payload's own operations.
 */
export const concurrencyConflict = () =>
  new APIError(concurrencyMessage, 409, { code: 'conflict' }, true)

/**
 * Whether Postgres aborted the transaction because of a concurrent one: a serialization failure
 * (40001) or a deadlock (40P01). Drizzle wraps the driver's error in `cause`, sometimes twice,
 * and GraphQL wraps the whole in `originalError`.
 */
export function isConcurrencyFailure(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code
    if (code === '40001' || code === '40P01') return true
    e = (e as { cause?: unknown }).cause ?? (e as { originalError?: unknown }).originalError
  }
  return false
}
