import type { CollectionAfterMeHook } from 'payload'

import { unreachableForCaller } from '../databaseReachable'

/**
 * `GET /api/<users>/me` answers "no user" when the database could not load the caller's: while
 * it is down, that is a 503 (try again), not a logout.
 */
export const answerMeWhileUnreachable: CollectionAfterMeHook = async ({ req, response }) => {
  const unreachable = await unreachableForCaller(req)
  if (unreachable) throw unreachable
  return response
}
