import type { PayloadRequest } from 'payload'

import { permissionKeys } from './permissions'
import { adminRoleKey } from './permissions'

/** The administrators' role, created on first need. Returns its id. */
export async function ensureAdminRole(req: PayloadRequest): Promise<number> {
  const { docs } = await req.payload.find({
    collection: 'roles',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
    where: { key: { equals: adminRoleKey } },
  })
  if (docs[0]) return docs[0].id
  const role = await req.payload.create({
    collection: 'roles',
    data: { key: adminRoleKey, name: 'Administrator', permissions: [...permissionKeys] },
    overrideAccess: true,
    req,
  })
  return role.id
}
