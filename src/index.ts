import type { CollectionConfig, Config } from 'payload'

import { createBomsCollection } from '../collections/createBomsCollection'
import { createManufacturingOrdersCollection } from '../collections/createManufacturingOrdersCollection'
import { createExecutionsCollection } from '../collections/createExecutionsCollection'
import { createProductionPlansCollection } from '../collections/createProductionPlansCollection'
import { createProductionStatusesCollection } from '../collections/createProductionStatusesCollection'
import { createStatusPostingsCollection } from '../collections/createStatusPostingsCollection'
import { createCustomersCollection } from '../collections/createCustomersCollection'
import { createInventoryAdjustmentsCollection } from '../collections/createInventoryAdjustmentsCollection'
import { createPurchaseOrdersCollection } from '../collections/createPurchaseOrdersCollection'
import { createSalesOrdersCollection } from '../collections/createSalesOrdersCollection'
import { createItemCategoriesCollection } from '../collections/createItemCategoriesCollection'
import { createItemsCollection } from '../collections/createItemsCollection'
import { createLocationsCollection } from '../collections/createLocationsCollection'
import { createLotsCollection } from '../collections/createLotsCollection'
import { createProcessesCollection } from '../collections/createProcessesCollection'
import { createProductionRunEntriesCollection } from '../collections/createProductionRunEntriesCollection'
import { createProductionRunsCollection } from '../collections/createProductionRunsCollection'
import { createProductionSettingsGlobal } from '../collections/createProductionSettingsGlobal'
import { createRolesCollection } from '../collections/createRolesCollection'
import { createStockBalancesCollection } from '../collections/createStockBalancesCollection'
import { createStockMovementsCollection } from '../collections/createStockMovementsCollection'
import { createSuppliersCollection } from '../collections/createSuppliersCollection'
import {
  addRolesToUsersCollection,
  createUsersCollection,
} from '../collections/createUsersCollection'
import { answerDatabaseRefusals } from '../hooks/answerDatabaseRefusals'
import { checkEditLockInTransaction } from '../hooks/checkEditLockInTransaction'
import { generateExecutionsTask } from './jobs/generateExecutionsTask'
import { actionEndpoint } from './endpoints/actionEndpoint'
import { actionMutation } from './graphql/actionMutation'
import { actions } from './services/actions'
import { ensureDefaultWorkflow } from './services/ensureDefaultWorkflow'
import { ensureLedgerGuards } from './services/ensureLedgerGuards'
import { ensureOrderNumberSequence } from './services/ensureOrderNumberSequence'
import { ensureVirtualLocations } from './services/ensureVirtualLocations'
import { warnAboutUnboundedPool } from './services/warnAboutUnboundedPool'
import {
  type ManufacturingCollectionSlug,
  type ManufacturingPluginOptions,
  sanitizeOptions,
} from './options'

export type {
  CollectionOverride,
  ManufacturingPluginOptions,
  RecipeCardsOptions,
  SanitizedOptions,
} from './options'
export { defaultRecipeCardFonts, sanitizeOptions } from './options'
export {
  permissionGroups,
  permissionKeys,
  permissionRegistry,
  type PermissionKey,
} from './access/permissions'
export { can, canOrSelf, fieldCan } from './access/access'
export { hasPermission, permissionsOf } from './access/userPermissions'
export { findPosting, post, reverse } from './ledger'
export {
  databasePool,
  databasePoolDefaults,
  type DatabasePoolConfig,
  type DatabasePoolOptions,
} from './databasePool'
export type { Posting, PostingLineInput, PostingResult } from './ledger'

/** Payload's edit-lock check moved into the operation's transaction (see the hook). */
const withEditLockInTransaction = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [checkEditLockInTransaction, ...(collection.hooks?.beforeOperation ?? [])],
  },
})

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
    const own = [
      users,
      overridden('roles', createRolesCollection(options)),
      overridden('items', createItemsCollection(options)),
      overridden('item-categories', createItemCategoriesCollection()),
      overridden('suppliers', createSuppliersCollection()),
      overridden('customers', createCustomersCollection()),
      overridden('locations', createLocationsCollection(options)),
      overridden('lots', createLotsCollection(options)),
      overridden('stock-movements', createStockMovementsCollection(options)),
      overridden('stock-balances', createStockBalancesCollection()),
      overridden('inventory-adjustments', createInventoryAdjustmentsCollection(options)),
      overridden('purchase-orders', createPurchaseOrdersCollection(options)),
      overridden('sales-orders', createSalesOrdersCollection(options)),
      overridden('boms', createBomsCollection(options)),
      overridden('production-statuses', createProductionStatusesCollection(options)),
      overridden('executions', createExecutionsCollection(options)),
      overridden('production-plans', createProductionPlansCollection(options)),
      overridden('manufacturing-orders', createManufacturingOrdersCollection(options)),
      overridden('status-postings', createStatusPostingsCollection(options)),
      overridden('processes', createProcessesCollection(options)),
      overridden('production-runs', createProductionRunsCollection(options)),
      overridden('production-run-entries', createProductionRunEntriesCollection(options)),
    ].map((collection) => (options.disabled ? collection : withEditLockInTransaction(collection)))
    const collections = [
      ...existing.map((collection) => (collection === appUsers ? own[0]! : collection)),
      ...(appUsers ? own.slice(1) : own),
    ]
    const exposed = options.disabled ? [] : actions
    const graphQLFields = (
      GraphQL: Parameters<typeof actionMutation>[0],
      kind: 'mutation' | 'query',
    ) =>
      Object.fromEntries(
        exposed
          .filter((action) => (action.kind ?? 'mutation') === kind)
          .map((action) => [action.name, actionMutation(GraphQL, action)]),
      )
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
      endpoints: [...(config.endpoints ?? []), ...exposed.map(actionEndpoint)],
      jobs: options.disabled
        ? config.jobs
        : { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), generateExecutionsTask] },
      globals: [...(config.globals ?? []), createProductionSettingsGlobal(options)],
      hooks: options.disabled
        ? config.hooks
        : {
            ...config.hooks,
            afterError: [...(config.hooks?.afterError ?? []), answerDatabaseRefusals],
          },
      graphQL: {
        ...config.graphQL,
        mutations: (GraphQL, payload) => ({
          ...config.graphQL?.mutations?.(GraphQL, payload),
          ...graphQLFields(GraphQL, 'mutation'),
        }),
        queries: (GraphQL, payload) => ({
          ...config.graphQL?.queries?.(GraphQL, payload),
          ...graphQLFields(GraphQL, 'query'),
        }),
      },
      onInit: async (payload) => {
        await config.onInit?.(payload)
        if (!options.disabled) {
          await ensureLedgerGuards(payload)
          await ensureVirtualLocations(payload)
          await ensureDefaultWorkflow(payload)
          await ensureOrderNumberSequence(payload)
          warnAboutUnboundedPool(payload)
        }
      },
    }
  }
