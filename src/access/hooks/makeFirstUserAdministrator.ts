import type { CollectionBeforeChangeHook } from 'payload'

import { ensureAdminRole } from '../ensureAdminRole'

/** The first user of a new site is its administrator, so somebody can hand out roles. */
export const makeFirstUserAdministrator: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({
    collection: collection.slug as 'users',
    overrideAccess: true,
    req,
  })
  if (totalDocs > 0) return data
  const adminRole = await ensureAdminRole(req)
  const roles: unknown[] = Array.isArray(data.roles) ? data.roles : []
  if (!roles.includes(adminRole)) data.roles = [...roles, adminRole]
  return data
}
