import type { Payload, TypedUser } from 'payload'

import { createLocalReq } from 'payload'

import type { PermissionKey } from '../permissions'
import { permissionsOf } from '../userPermissions'

/** The keys the user holds (none when signed out), read once for several buttons. */
async function heldBy(payload: Payload, user: TypedUser | null | undefined) {
  if (!user) return new Set<string>()
  return permissionsOf(await createLocalReq({ user }, payload))
}

/** Server components hide what a user cannot do, by the same keys access control uses. */
export async function userHolds(
  payload: Payload,
  user: TypedUser | null | undefined,
  key: PermissionKey,
) {
  return (await heldBy(payload, user)).has(key)
}

/** Which of `keys` the user holds, each by name: for a toolbar of several gated buttons. */
export async function userHoldsEach<Key extends PermissionKey>(
  payload: Payload,
  user: TypedUser | null | undefined,
  keys: readonly Key[],
): Promise<Record<Key, boolean>> {
  const held = await heldBy(payload, user)
  return Object.fromEntries(keys.map((key) => [key, held.has(key)])) as Record<Key, boolean>
}
