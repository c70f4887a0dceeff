import type { CollectionConfig } from 'payload'

import type { SanitizedOptions } from '../../options'

import { can, canOrSelf } from '../access'
import { makeFirstUserAdministrator } from '../hooks/makeFirstUserAdministrator'
import { refuseRoleChangesWithoutPermission } from '../hooks/refuseRoleChangesWithoutPermission'
import { rolesField } from './rolesField'

/** The auth collection the plugin adds when the app has none of its own. */
export function createUsersCollection(options: SanitizedOptions): CollectionConfig {
  return {
    slug: options.usersCollection,
    access: {
      create: can('users.manage'),
      delete: can('users.manage'),
      read: canOrSelf('users.manage'),
      update: canOrSelf('users.manage'),
    },
    admin: {
      defaultColumns: ['name', 'email', 'roles'],
      group: 'Administration',
      useAsTitle: 'email',
    },
    auth: true,
    fields: [{ name: 'name', type: 'text' }, rolesField()],
    hooks: options.disabled
      ? {}
      : {
          beforeChange: [makeFirstUserAdministrator],
          beforeOperation: [refuseRoleChangesWithoutPermission],
        },
  }
}

/** An app's own auth collection, given roles and the first-user rule; its access stays the app's. */
export function addRolesToUsersCollection(
  collection: CollectionConfig,
  options: SanitizedOptions,
): CollectionConfig {
  if (collection.fields.some((field) => 'name' in field && field.name === 'roles')) {
    throw new Error(
      `manufacturingPlugin: collection "${collection.slug}" already has a "roles" field; set the usersCollection option to another auth collection or remove that field`,
    )
  }
  return {
    ...collection,
    fields: [...collection.fields, rolesField()],
    hooks: options.disabled
      ? collection.hooks
      : {
          ...collection.hooks,
          beforeChange: [...(collection.hooks?.beforeChange ?? []), makeFirstUserAdministrator],
          beforeOperation: [
            ...(collection.hooks?.beforeOperation ?? []),
            refuseRoleChangesWithoutPermission,
          ],
        },
  }
}
