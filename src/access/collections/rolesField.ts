import type { RelationshipField } from 'payload'

import { fieldCan } from '../access'

/** The roles a user holds; only someone who manages roles hands them out. */
export const rolesField = (): RelationshipField => ({
  name: 'roles',
  type: 'relationship',
  access: { create: fieldCan('roles.manage'), update: fieldCan('roles.manage') },
  admin: { position: 'sidebar' },
  hasMany: true,
  relationTo: 'roles',
  saveToJWT: false,
})
