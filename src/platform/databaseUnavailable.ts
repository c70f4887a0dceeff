import { APIError } from 'payload'

import type { RefusalCode } from './errors'

/** SQLSTATEs of a database that gave up waiting: the request may succeed later. */
const busyCodes = new Set([
  '57014', // statement_timeout (or a cancelled query)
  '25P03', // idle_in_transaction_session_timeout
  '53300', // too many connections
])
const busyMessages = [
  'timeout exceeded when trying to connect', // pg-pool: no connection free within the timeout
  'Connection terminated due to connection timeout',
]

/** A database that is down, restarting or unreachable: codes of PostgreSQL and of the socket. */
const awayCodes = new Set([
  '57P01', // admin shutdown (a restart ends every session)
  '57P02', // crash shutdown
  '57P03', // cannot connect now (starting up)
  '08000', // connection exception
  '08001', // unable to connect
  '08003', // connection does not exist
  '08006', // connection failure
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
])
const awayMessages = [
  'Connection terminated unexpectedly',
  'Connection terminated',
  'Client has encountered a connection error and is not queryable',
  'the database system is starting up',
  'the database system is shutting down',
  // Payload's drizzle adapter rethrows a failed BEGIN as a new Error with only the message.
  'cannot begin transaction',
  'connect ECONNREFUSED',
  'read ECONNRESET',
]

export const busyMessage =
  'The database is busy: the request waited too long and nothing was written. Try again in a moment.'
export const awayMessage =
  'The database cannot be reached right now (it may be restarting): nothing was written. Try again in a moment.'

const unavailable: { code: RefusalCode } = { code: 'unavailable' }

const causes = function* (error: unknown) {
  for (let e = error, depth = 0; e && depth < 6; depth++) {
    yield e as { code?: string; errors?: unknown[]; message?: string }
    // AggregateError (a connection refused on every address of localhost) holds its causes.
    const inner = (e as { errors?: unknown[] }).errors
    if (Array.isArray(inner) && inner[0]) yield inner[0] as { code?: string; message?: string }
    e = (e as { cause?: unknown }).cause ?? (e as { originalError?: unknown }).originalError
  }
}

const matches = (e: { code?: string; message?: string }, codes: Set<string>, texts: string[]) =>
  (typeof e.code === 'string' && codes.has(e.code)) ||
  (typeof e.message === 'string' && texts.some((text) => e.message!.includes(text)))

/**
 * A 503 for an error that means "the database is busy or away, try again", else undefined. The
 * transaction that met it is rolled back by its opener (or never began), so nothing of the request
 * was written.
 */
export function databaseUnavailable(error: unknown): APIError<typeof unavailable> | undefined {
  for (const e of causes(error)) {
    if (matches(e, busyCodes, busyMessages))
      return new APIError(busyMessage, 503, { ...unavailable }, true)
    if (matches(e, awayCodes, awayMessages))
      return new APIError(awayMessage, 503, { ...unavailable }, true)
  }
  return undefined
}
