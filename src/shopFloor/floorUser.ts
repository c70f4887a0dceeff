import type { Payload, TypedUser } from 'payload'

import { createLocalReq } from 'payload'

import { permissionsOf } from '../access/userPermissions'

/** The permissions of the admin's signed-in user, for components given no request. */
export async function permissionsOfUser(payload: Payload, user: null | TypedUser | undefined) {
  if (!user) return new Set<string>()
  return permissionsOf(await createLocalReq({ user }, payload))
}
