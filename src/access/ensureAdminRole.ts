import type { PayloadRequest } from 'payload'

import { permissionKeys } from './permissions'
import { adminRoleKey } from './permissions'

/** The administrators' role's id, when the site has it yet. */
export async function findAdminRole(req: PayloadRequest): Promise<number | undefined> {
  const { docs } = await req.payload.find({
    collection: 'roles',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
    where: { key: { equals: adminRoleKey } },
  })
  return docs[0]?.id
}

/** The administrators' role, created on first need. Returns its id. */
export async function ensureAdminRole(req: PayloadRequest): Promise<number> {
  const found = await findAdminRole(req)
  if (found !== undefined) return found
  const role = await req.payload.create({
    collection: 'roles',
    data: { key: adminRoleKey, name: 'Administrator', permissions: [...permissionKeys] },
    overrideAccess: true,
    req,
  })
  return role.id
}
