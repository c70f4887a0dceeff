import type { CollectionConfig, Config } from 'payload'

import { createRolesCollection } from '../collections/createRolesCollection'
import {
  addRolesToUsersCollection,
  createUsersCollection,
} from '../collections/createUsersCollection'
import {
  type ManufacturingCollectionSlug,
  type ManufacturingPluginOptions,
  sanitizeOptions,
} from './options'

export type { CollectionOverride, ManufacturingPluginOptions, SanitizedOptions } from './options'
export { sanitizeOptions } from './options'
export {
  permissionGroups,
  permissionKeys,
  permissionRegistry,
  type PermissionKey,
} from './access/permissions'
export { can, canOrSelf, fieldCan } from './access/access'
export { hasPermission, permissionsOf } from './access/userPermissions'

/**
 * Production management for a Payload app: `plugins: [manufacturingPlugin()]`.
 * Adds the plugin's collections (each overridable), roles on the app's users, and the plugin's
 * hooks, endpoints and admin components unless `disabled`.
 */
export const manufacturingPlugin =
  (input: ManufacturingPluginOptions = {}) =>
  (config: Config): Config => {
    const options = sanitizeOptions(input)
    const overridden = (slug: ManufacturingCollectionSlug, defaultCollection: CollectionConfig) =>
      options.collections[slug]?.({ defaultCollection }) ?? defaultCollection
    const existing = config.collections ?? []
    const appUsers = existing.find((collection) => collection.slug === options.usersCollection)
    const users = overridden(
      'users',
      appUsers ? addRolesToUsersCollection(appUsers, options) : createUsersCollection(options),
    )
    const collections = [
      ...existing.map((collection) => (collection === appUsers ? users : collection)),
      ...(appUsers ? [] : [users]),
      overridden('roles', createRolesCollection(options)),
    ]
    return {
      ...config,
      admin: {
        ...config.admin,
        components: options.disabled
          ? config.admin?.components
          : {
              ...config.admin?.components,
              beforeDashboard: [
                ...(config.admin?.components?.beforeDashboard ?? []),
                'payload-plugin-manufacturing/rsc#YourAccess',
              ],
            },
        user: config.admin?.user ?? options.usersCollection,
      },
      collections,
    }
  }
