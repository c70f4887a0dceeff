import { APIError, type PayloadRequest } from 'payload'

import type { PermissionKey } from './permissions'
import { hasPermission } from './userPermissions'

/**
 * Refuses a request without a login (401) or without `key` (403, naming it): the check every
 * custom endpoint needs, since Payload does not authenticate them. `what` completes "You are not
 * allowed to …".
 */
export async function demandPermission(
  req: PayloadRequest,
  key: PermissionKey,
  what: string,
): Promise<void> {
  if (!req.user) throw new APIError('You must be logged in to do this.', 401, null, true)
  if (!(await hasPermission(req, key)))
    throw new APIError(
      `You are not allowed to ${what} (needs the "${key}" permission).`,
      403,
      null,
      true,
    )
}
