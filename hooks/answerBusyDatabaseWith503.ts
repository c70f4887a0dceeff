import type { AfterErrorHook } from 'payload'

import { databaseUnavailable } from '../src/services/databaseUnavailable'

/**
 * REST answers 503 with a plain message when the database was busy or away (no free connection
 * in time, a statement or idle transaction timed out), instead of Payload's 500.
 */
export const answerBusyDatabaseWith503: AfterErrorHook = ({ error }) => {
  const unavailable = databaseUnavailable(error)
  if (!unavailable) return
  return { response: { errors: [{ message: unavailable.message }] }, status: 503 }
}
