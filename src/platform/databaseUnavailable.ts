import { APIError } from 'payload'

/** SQLSTATEs of a database that gave up waiting or went away: the request may succeed later. */
const unavailableCodes = new Set([
  '57014', // statement_timeout (or a cancelled query)
  '25P03', // idle_in_transaction_session_timeout
  '57P01', // admin shutdown
  '57P02', // crash shutdown
  '57P03', // cannot connect now (starting up)
  '53300', // too many connections
])
const unavailableMessages = [
  'timeout exceeded when trying to connect', // pg-pool: no connection free within the timeout
  'Connection terminated due to connection timeout',
  'Connection terminated unexpectedly',
]

const causes = function* (error: unknown) {
  for (let e = error, depth = 0; e && depth < 5; depth++) {
    yield e as { code?: string; message?: string }
    e = (e as { cause?: unknown }).cause
  }
}

/**
 * A 503 for an error that means "the database is busy or away, try again", else undefined. The
 * transaction that met it is rolled back by its opener, so nothing of the request was written.
 */
export function databaseUnavailable(error: unknown): APIError | undefined {
  for (const e of causes(error)) {
    const busy =
      (typeof e.code === 'string' && unavailableCodes.has(e.code)) ||
      (typeof e.message === 'string' && unavailableMessages.some((m) => e.message!.includes(m)))
    if (busy) {
      return new APIError(
        'The database is busy: the request waited too long and nothing was written. Try again in a moment.',
        503,
        null,
        true,
      )
    }
  }
  return undefined
}
