import { APIError, type CollectionBeforeDeleteHook } from 'payload'

import { adminRoleKey } from '../permissions'

/** Deleting the admin role would leave nobody able to manage roles. */
export const refuseAdminRoleDeletion: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const role = await req.payload.findByID({
    collection: 'roles',
    depth: 0,
    id,
    overrideAccess: true,
    req,
  })
  if (role.key === adminRoleKey) {
    throw new APIError(
      `The "${role.name}" role is the administrators' role and cannot be deleted.`,
      400,
      null,
      true,
    )
  }
}
