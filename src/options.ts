import type { CollectionConfig } from 'payload'

/** The plugin's collections, as keys of the `collections` option (`users` is the users collection, whatever its slug). */
export type ManufacturingCollectionSlug =
  | 'boms'
  | 'customers'
  | 'executions'
  | 'inventory-adjustments'
  | 'item-categories'
  | 'items'
  | 'locations'
  | 'lots'
  | 'production-plans'
  | 'manufacturing-orders'
  | 'processes'
  | 'production-run-entries'
  | 'production-runs'
  | 'production-statuses'
  | 'purchase-orders'
  | 'roles'
  | 'sales-orders'
  | 'stock-balances'
  | 'status-postings'
  | 'stock-movements'
  | 'suppliers'
  | 'users'

/** Receives the plugin's collection and returns the one to use: extend it, never rebuild it. */
export type CollectionOverride = (args: { defaultCollection: CollectionConfig }) => CollectionConfig

export type ManufacturingPluginOptions = {
  /**
   * Per-collection overrides, by slug: `{ roles: ({ defaultCollection }) => ({ ...defaultCollection, ... }) }`.
   * @default {}
   */
  collections?: Partial<Record<ManufacturingCollectionSlug, CollectionOverride>>
  /**
   * Keeps every collection (so the database schema does not change) but turns the plugin's hooks,
   * endpoints and admin components off. Use it to run migrations or to debug a site.
   * @default false
   */
  disabled?: boolean
  /**
   * Slug of the auth collection whose users get roles. When the config has no collection with
   * this slug, the plugin adds one.
   * @default 'users'
   */
  usersCollection?: string
}

export type SanitizedOptions = {
  collections: Partial<Record<ManufacturingCollectionSlug, CollectionOverride>>
  disabled: boolean
  usersCollection: string
}

const nonEmpty = (value: unknown, name: string, fallback: string): string => {
  if (value === undefined) return fallback
  if (typeof value !== 'string' || value.trim() === '') {
    throw new Error(`manufacturingPlugin: option "${name}" must be a non-empty string`)
  }
  return value.trim()
}

/** Fills every default and refuses options that cannot work, naming the option. */
export function sanitizeOptions(options: ManufacturingPluginOptions = {}): SanitizedOptions {
  const collections = options.collections ?? {}
  for (const [slug, override] of Object.entries(collections)) {
    if (typeof override !== 'function') {
      throw new Error(
        `manufacturingPlugin: option "collections.${slug}" must be a function ({ defaultCollection }) => config`,
      )
    }
  }
  return {
    collections,
    disabled: options.disabled === true,
    usersCollection: nonEmpty(options.usersCollection, 'usersCollection', 'users'),
  }
}
