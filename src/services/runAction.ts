import type { PayloadRequest } from 'payload'

import { demandPermission } from '../access/demandPermission'
import type { Action } from './defineAction'
import { withRetry } from './withRetry'

/**
 * What every adapter (REST, GraphQL, jobs) does around an action: authenticate, authorize, and
 * run it in a transaction of its own that commits on success and rolls back on any error (run
 * again whole, a few times, when it loses a deadlock to a concurrent request: see withRetry).
 */
export async function runAction<Args, Result>(
  action: Action<Args, Result>,
  req: PayloadRequest,
  args: Args,
): Promise<Result> {
  await demandPermission(req, action.permission, action.description)
  return withRetry(req, () => action.run(req, args))
}
