import type { PayloadRequest, TypedUser } from 'payload'

import { adminRoleKey, type PermissionKey, permissionKeys } from './permissions'

type RoleRef =
  number | string | { id: number | string; key?: null | string; permissions?: null | string[] }

const resolved = new WeakMap<object, Promise<ReadonlySet<string>>>()

async function load(req: PayloadRequest, user: TypedUser): Promise<ReadonlySet<string>> {
  const refs = ((user as { roles?: null | RoleRef[] }).roles ?? []).filter(Boolean)
  const ids = refs.map((ref) => (typeof ref === 'object' ? ref.id : ref))
  if (ids.length === 0) return new Set()
  // Always read the roles afresh: the user on the request may carry them unpopulated or stale.
  const { docs } = await req.payload.find({
    collection: 'roles',
    depth: 0,
    limit: ids.length,
    overrideAccess: true,
    pagination: false,
    req,
    select: { key: true, permissions: true },
    where: { id: { in: ids } },
  })
  if (docs.some((role) => role.key === adminRoleKey)) return new Set(permissionKeys)
  return new Set(docs.flatMap((role) => role.permissions ?? []))
}

/** The keys the request's user holds through its roles (none when anonymous). */
export function permissionsOf(req: PayloadRequest): Promise<ReadonlySet<string>> {
  const user = req.user
  if (!user) return Promise.resolve(new Set())
  let keys = resolved.get(user)
  if (!keys) {
    keys = load(req, user)
    resolved.set(user, keys)
  }
  return keys
}

export async function hasPermission(req: PayloadRequest, key: PermissionKey): Promise<boolean> {
  return (await permissionsOf(req)).has(key)
}
