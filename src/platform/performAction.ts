import { APIError, type PayloadRequest } from 'payload'

import { demandPermission } from '../access/demandPermission'
import { query, sql, transactionDb } from './transactionDb'
import { databaseRefusal } from './databaseRefusal'
import type { Action } from './defineAction'
import { hideCostsFromAnswer } from './hideCostsFromAnswer'
import { withRetry } from './withRetry'

/**
 * What every adapter (REST, GraphQL, jobs) does around an action: authenticate, authorize, and
 * run it in a transaction of its own that commits on success and rolls back on any error (run
 * again whole, a few times, when it loses a deadlock to a concurrent request: see withRetry).
 */
export async function performAction<Args, Result>(
  action: Action<Args, Result>,
  req: PayloadRequest,
  args: Args,
): Promise<Result> {
  try {
    if (!req.user && carriesCredentials(req)) await probeDatabase(req)
    const need = action.permissionFor?.(args) ?? action
    await demandPermission(req, need.permission, need.description)
    return hideCostsFromAnswer(req, action, await withRetry(req, () => action.perform(req, args)))
  } catch (error) {
    const refusal = databaseRefusal(error)
    throw refusal ? new APIError(refusal.message, refusal.status, refusal.data, true) : error
  }
}

/**
 * Payload's login check treats a user it could not load as no user at all: when the database
 * had no connection to spare, a logged-in caller must hear "busy, try again" (503), not "log in".
 */
async function probeDatabase(req: PayloadRequest): Promise<void> {
  await query(await transactionDb(req), sql`select 1`)
}

const carriesCredentials = (req: PayloadRequest): boolean =>
  Boolean(req.headers?.get('authorization') || req.headers?.get('cookie')?.includes('-token='))
