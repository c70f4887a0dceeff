import type { PayloadRequest } from 'payload'

import { databaseUnavailable } from './databaseUnavailable'
import { query, sql, type Db } from './transactionDb'

const carriesCredentials = (req: PayloadRequest): boolean =>
  Boolean(req.headers?.get('authorization') || req.headers?.get('cookie')?.includes('-token='))

/**
 * Payload's login check treats a user it could not load as no user at all: while the database is
 * down, a logged-in caller looks anonymous. For a request that sent credentials but has no user,
 * this asks the database (outside any transaction); when it cannot answer, the 503 to send
 * instead of "log in" or "not allowed". Undefined otherwise.
 */
export async function unreachableForCaller(req: PayloadRequest) {
  if (req.user || !carriesCredentials(req)) return undefined
  try {
    await query((req.payload.db as unknown as { drizzle: Db }).drizzle, sql`select 1`)
    return undefined
  } catch (probe) {
    return databaseUnavailable(probe)
  }
}
