import type { CollectionConfig } from 'payload'

import type { SanitizedOptions } from '../../options'

import { can } from '../access'
import { permissionRegistry } from '../permissions'
import { adminRoleKey } from '../permissions'
import { grantEveryPermissionToAdminRole } from '../hooks/grantEveryPermissionToAdminRole'
import { refuseAdminRoleDeletion } from '../hooks/refuseAdminRoleDeletion'

/** Roles hold permission keys; users hold roles. */
export function createRolesCollection(options: SanitizedOptions): CollectionConfig {
  return {
    slug: 'roles',
    access: {
      create: can('roles.manage'),
      delete: can('roles.manage'),
      read: can('roles.manage'),
      update: can('roles.manage'),
    },
    admin: {
      defaultColumns: ['name', 'permissions'],
      description: 'A role is a set of permissions; give users roles to let them work.',
      group: 'Administration',
      useAsTitle: 'name',
    },
    fields: [
      { name: 'name', type: 'text', required: true, unique: true },
      {
        name: 'key',
        type: 'text',
        access: { create: () => false, update: () => false },
        admin: {
          condition: (data) => Boolean(data?.key),
          description: `The "${adminRoleKey}" role always holds every permission and cannot be deleted.`,
          readOnly: true,
        },
        index: true,
        unique: true,
      },
      {
        name: 'permissions',
        type: 'select',
        admin: options.disabled
          ? {}
          : { components: { Field: 'payload-plugin-manufacturing/client#PermissionsField' } },
        hasMany: true,
        options: permissionRegistry.map(({ group, key, label }) => ({
          label: `${group}: ${label}`,
          value: key,
        })),
      },
    ],
    hooks: options.disabled
      ? {}
      : {
          beforeChange: [grantEveryPermissionToAdminRole],
          beforeDelete: [refuseAdminRoleDeletion],
        },
    labels: { plural: 'Roles', singular: 'Role' },
  }
}
