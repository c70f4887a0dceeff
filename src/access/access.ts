import type { Access, FieldAccess, Where } from 'payload'

import type { PermissionKey } from './permissions'

import { hasPermission } from './userPermissions'

/** Collection access: the user holds `key`. */
export const can =
  (key: PermissionKey): Access =>
  ({ req }) =>
    hasPermission(req, key)

/** Field access: the user holds `key` (cost fields read with `<type>.viewCosts`). */
export const fieldCan =
  (key: PermissionKey): FieldAccess =>
  ({ req }) =>
    hasPermission(req, key)

/** Collection access: the user holds `key`, or the document is the user's own. */
export const canOrSelf =
  (key: PermissionKey): Access =>
  async ({ req }) => {
    if (!req.user) return false
    if (await hasPermission(req, key)) return true
    return { id: { equals: req.user.id } } satisfies Where
  }

const nobody = () => false

/**
 * A record's access: read by users holding `key`, written over no API by anyone, administrators
 * included (only the plugin's own services write it, and a wrong entry is undone by another).
 */
export const readOnlyTo = (key: PermissionKey) => ({
  create: nobody,
  delete: nobody,
  read: can(key),
  update: nobody,
})
