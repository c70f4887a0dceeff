import { concurrencyMessage, isConcurrencyFailure } from '../ledger/concurrencyConflict'
import { ledgerGuardRefusal } from '../ledger/ledgerGuards'
import { databaseUnavailable } from './databaseUnavailable'

/**
 * What a client is told when PostgreSQL refused or gave up on its request, instead of Payload's
 * 500 "Something went wrong.": a ledger guard's refusal (403 / 400 with its message), a race lost
 * to a concurrent request (409, try again) or a busy database (503, try again in a moment).
 * Nothing of the request was written in any of these: its transaction was rolled back.
 */
export function databaseRefusal(error: unknown): { message: string; status: number } | undefined {
  const guard = ledgerGuardRefusal(error)
  if (guard) return guard
  if (isConcurrencyFailure(error)) return { message: concurrencyMessage, status: 409 }
  const busy = databaseUnavailable(error)
  return busy && { message: busy.message, status: busy.status }
}
