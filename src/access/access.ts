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
