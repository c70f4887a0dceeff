import {
  APIError,
  commitTransaction,
  initTransaction,
  killTransaction,
  type PayloadRequest,
} from 'payload'

import { hasPermission } from '../access/userPermissions'
import type { Action } from './defineAction'

/**
 * What every adapter (REST, GraphQL, jobs) does around an action: authenticate, authorize, and
 * run it in a transaction of its own that commits on success and rolls back on any error.
 */
export async function runAction<Args, Result>(
  action: Action<Args, Result>,
  req: PayloadRequest,
  args: Args,
): Promise<Result> {
  if (!req.user) throw new APIError('You must be logged in to do this.', 401, null, true)
  if (!(await hasPermission(req, action.permission))) {
    throw new APIError(
      `You are not allowed to ${action.description} (needs the "${action.permission}" permission).`,
      403,
      null,
      true,
    )
  }
  const owns = await initTransaction(req)
  try {
    const result = await action.run(req, args)
    if (owns) await commitTransaction(req)
    return result
  } catch (error) {
    if (owns) await killTransaction(req)
    throw error
  }
}
