import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { demandPermission } from '../access/demandPermission'
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
  await demandPermission(req, action.permission, action.description)
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
