import type { CollectionBeforeChangeHook } from 'payload'

import { permissionKeys } from '../permissions'
import { adminRoleKey } from '../permissions'

/** The admin role's checkboxes always show the truth: it holds every key. */
export const grantEveryPermissionToAdminRole: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
}) => {
  if ((data.key ?? originalDoc?.key) === adminRoleKey) data.permissions = [...permissionKeys]
  return data
}
