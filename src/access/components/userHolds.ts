import type { Payload, TypedUser } from 'payload'

import { createLocalReq } from 'payload'

import type { PermissionKey } from '../permissions'
import { permissionsOf } from '../userPermissions'

/** Server components hide what a user cannot do, by the same keys access control uses. */
export async function userHolds(
  payload: Payload,
  user: TypedUser | null | undefined,
  key: PermissionKey,
) {
  if (!user) return false
  return (await permissionsOf(await createLocalReq({ user }, payload))).has(key)
}
