import { APIError, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'

import { hasPermission } from '../userPermissions'

const idsOf = (roles: unknown): string[] =>
  (Array.isArray(roles) ? roles : roles === null || roles === undefined ? [] : [roles])
    .map((role) => String(role && typeof role === 'object' ? (role as { id: unknown }).id : role))
    .sort()

const same = (a: string[], b: string[]) => a.length === b.length && a.every((id, i) => id === b[i])

/**
 * Only someone who manages roles grants or takes them away. Field access alone would drop the
 * value and answer 200 as if it had been saved; a user who sends their own roles back unchanged
 * (the admin's form does) is not refused.
 */
export const refuseRoleChangesWithoutPermission: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  const { data, id, overrideAccess, where } = args as {
    data?: Record<string, unknown>
    id?: number | string
    overrideAccess?: boolean
    where?: Record<string, unknown>
  }
  if (overrideAccess || !data || typeof data !== 'object' || !('roles' in data)) return args
  if (await hasPermission(req, 'roles.manage')) return args
  const wanted = idsOf(data.roles)
  const current =
    operation === 'create' ? [[]] : await currentRoles(req, collection.slug, id, where)
  if (current.every((roles) => same(roles, wanted))) return args
  const message = 'roles: only someone who manages roles can grant or take away roles'
  throw new APIError(message, 403, { errors: [{ message, path: 'roles' }] }, true)
}

async function currentRoles(
  req: PayloadRequest,
  slug: string,
  id: number | string | undefined,
  where: Record<string, unknown> | undefined,
): Promise<string[][]> {
  const { docs } = await req.payload.find({
    collection: slug as 'users',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    where: (id !== undefined ? { id: { equals: id } } : (where ?? {})) as never,
  })
  return docs.map((doc) => idsOf((doc as { roles?: unknown }).roles))
}
