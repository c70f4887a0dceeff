import type { CollectionConfig, Config, Endpoint, GlobalConfig } from 'payload'

import { createBomsCollection } from './recipes/collections/createBomsCollection'
import { createManufacturingOrdersCollection } from './manufacturingOrders/collections/createManufacturingOrdersCollection'
import { createExecutionsCollection } from './executions/collections/createExecutionsCollection'
import { createProductionPlansCollection } from './planning/collections/createProductionPlansCollection'
import { createProductionStatusesCollection } from './workflow/collections/createProductionStatusesCollection'
import { createStatusPostingsCollection } from './workflow/collections/createStatusPostingsCollection'
import { createCustomersCollection } from './trade/collections/createCustomersCollection'
import { createInventoryAdjustmentsCollection } from './inventory/collections/createInventoryAdjustmentsCollection'
import { createPurchaseOrdersCollection } from './trade/collections/createPurchaseOrdersCollection'
import { createSalesOrdersCollection } from './trade/collections/createSalesOrdersCollection'
import { createItemCategoriesCollection } from './inventory/collections/createItemCategoriesCollection'
import { createItemsCollection } from './inventory/collections/createItemsCollection'
import { createLocationsCollection } from './inventory/collections/createLocationsCollection'
import { createLotsCollection } from './inventory/collections/createLotsCollection'
import { createProcessesCollection } from './processes/collections/createProcessesCollection'
import { createProductionRunEntriesCollection } from './processes/collections/createProductionRunEntriesCollection'
import { createProductionRunsCollection } from './processes/collections/createProductionRunsCollection'
import { createProductionSettingsGlobal } from './workflow/collections/createProductionSettingsGlobal'
import { createRolesCollection } from './access/collections/createRolesCollection'
import { createStockBalancesCollection } from './ledger'
import { createStockMovementsCollection } from './ledger'
import { createSuppliersCollection } from './trade/collections/createSuppliersCollection'
import { createMaterialRequisitionsCollection } from './store/collections/createMaterialRequisitionsCollection'
import { createTrolleysCollection } from './store/collections/createTrolleysCollection'
import { followedByStore } from './store/hooks/followConsumptionOnFloor'
import {
  addRolesToUsersCollection,
  createUsersCollection,
} from './access/collections/createUsersCollection'
import { answerDatabaseRefusals } from './platform/hooks/answerDatabaseRefusals'
import { answerRefusalsPlainly } from './platform/hooks/answerRefusalsPlainly'
import { answerMeWhileUnreachable } from './platform/hooks/answerMeWhileUnreachable'
import { checkEditLockInTransaction } from './platform/hooks/checkEditLockInTransaction'
import { refuseBadGlobalInput, refuseBadInput } from './platform/hooks/refuseBadInput'
import { documentEndpoints } from './documents/documentEndpoints'
import { documentFontsKey } from './documents/pdfDownload'
import { generateExecutionsTask } from './planning/generateExecutionsTask'
import { actionEndpoint } from './platform/actionEndpoint'
import { actionMutation } from './platform/actionMutation'
import { actions } from './actions'
import { ensureDefaultWorkflow } from './workflow/ensureDefaultWorkflow'
import { grantAdministratorsAtStart } from './access/grantAdministrators'
import { ensureLedgerGuards, withLedgerChecks } from './ledger'
import { ensureOrderNumberSequence } from './manufacturingOrders/ensureOrderNumberSequence'
import { ensureVirtualLocations } from './inventory/ensureVirtualLocations'
import { warnAboutUnboundedPool } from './platform/warnAboutUnboundedPool'
import { survivePoolErrors } from './platform/survivePoolErrors'
import { requestLimitKey } from './platform/requestLimit'
import { shopFloorPath } from './shopFloor/rules/shopFloorRoute'
import {
  type ManufacturingCollectionSlug,
  type ManufacturingPluginOptions,
  type SanitizedOptions,
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
} from './platform/databasePool'
export type { Posting, PostingLineInput, PostingResult } from './ledger'
export { withRequestLimit } from './platform/requestLimit'

const withEndpoints = (collection: CollectionConfig, endpoints: Endpoint[]): CollectionConfig =>
  endpoints.length
    ? { ...collection, endpoints: [...(collection.endpoints || []), ...endpoints] }
    : collection

/**
 * Every input checked field by field before anything reads it (see refuseBadInput), and
 * Payload's edit-lock check moved into the operation's transaction (see the hook).
 */
const withOperationChecks = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [
      refuseBadInput,
      checkEditLockInTransaction,
      ...(collection.hooks?.beforeOperation ?? []),
    ],
  },
})

/** A logged-in caller's `me` while the database is down answers 503, not "no user". */
const withMeWhileUnreachable = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    afterMe: [...(collection.hooks?.afterMe ?? []), answerMeWhileUnreachable],
  },
})

const withGlobalInputCheck = (global: GlobalConfig): GlobalConfig => ({
  ...global,
  hooks: {
    ...global.hooks,
    beforeOperation: [refuseBadGlobalInput, ...(global.hooks?.beforeOperation ?? [])],
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
    const exposed = options.disabled ? [] : actions
    return {
      ...config,
      admin: pluginAdmin(config, options),
      collections: pluginCollections(config, options),
      custom: {
        ...config.custom,
        [documentFontsKey]: options.recipeCards,
        [requestLimitKey]: options.maxRequestBytes,
      },
      db: withLedgerChecks(config.db),
      endpoints: [
        ...(config.endpoints ?? []),
        ...exposed.map((action) => actionEndpoint(action, options.maxRequestBytes)),
      ],
      jobs: options.disabled
        ? config.jobs
        : { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), generateExecutionsTask] },
      globals: [
        ...(config.globals ?? []),
        options.disabled
          ? createProductionSettingsGlobal(options)
          : withGlobalInputCheck(createProductionSettingsGlobal(options)),
      ],
      hooks: pluginHooks(config, options),
      graphQL: pluginGraphQL(config, exposed),
      onInit: pluginOnInit(config, options),
    }
  }

/**
 * The app's collections with the plugin's added (each overridable), the app's users collection
 * given roles in its place, or the plugin's own users when the app has none.
 */
function pluginCollections(config: Config, options: SanitizedOptions): CollectionConfig[] {
  const documents = documentEndpoints(options)
  const overridden = (slug: ManufacturingCollectionSlug, made: CollectionConfig) => {
    const defaultCollection = withEndpoints(made, documents[slug] ?? [])
    return options.collections[slug]?.({ defaultCollection }) ?? defaultCollection
  }
  const existing = config.collections ?? []
  const appUsers = existing.find((collection) => collection.slug === options.usersCollection)
  const withRoles = overridden(
    'users',
    appUsers ? addRolesToUsersCollection(appUsers, options) : createUsersCollection(options),
  )
  const users = options.disabled ? withRoles : withMeWhileUnreachable(withRoles)
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
    overridden(
      'executions',
      options.disabled
        ? createExecutionsCollection(options)
        : followedByStore(createExecutionsCollection(options)),
    ),
    overridden('production-plans', createProductionPlansCollection(options)),
    overridden('manufacturing-orders', createManufacturingOrdersCollection(options)),
    overridden('material-requisitions', createMaterialRequisitionsCollection(options)),
    overridden('trolleys', createTrolleysCollection(options)),
    overridden('status-postings', createStatusPostingsCollection(options)),
    overridden('processes', createProcessesCollection(options)),
    overridden('production-runs', createProductionRunsCollection(options)),
    overridden('production-run-entries', createProductionRunEntriesCollection(options)),
  ].map((collection) => (options.disabled ? collection : withOperationChecks(collection)))
  return [
    ...existing.map((collection) => (collection === appUsers ? own[0]! : collection)),
    ...(appUsers ? own.slice(1) : own),
  ]
}

/** The shop floor, for operators at a station: /admin/shop-floor and the screens under it. */
const shopFloorView = {
  Component: 'payload-plugin-manufacturing/rsc#ShopFloorView',
  meta: { title: 'Shop floor' },
  path: shopFloorPath,
}

/** The dashboard's access summary, and the plugin's users as the admin's unless the app says. */
function pluginAdmin(config: Config, options: SanitizedOptions): Config['admin'] {
  return {
    ...config.admin,
    components: options.disabled
      ? config.admin?.components
      : {
          ...config.admin?.components,
          afterNavLinks: [
            ...(config.admin?.components?.afterNavLinks ?? []),
            'payload-plugin-manufacturing/rsc#ShopFloorNavLink',
          ],
          beforeDashboard: [
            'payload-plugin-manufacturing/rsc#ShopFloorLanding',
            ...(config.admin?.components?.beforeDashboard ?? []),
            'payload-plugin-manufacturing/rsc#YourAccess',
          ],
          views: { ...config.admin?.components?.views, shopFloor: shopFloorView },
        },
    user: config.admin?.user ?? options.usersCollection,
  }
}

/** The plugin answers its refusals and the database's before the app's own error hooks run. */
function pluginHooks(config: Config, options: SanitizedOptions): Config['hooks'] {
  return options.disabled
    ? config.hooks
    : {
        ...config.hooks,
        // First, so that the app's own hooks can still change the answer.
        afterError: [
          answerRefusalsPlainly,
          answerDatabaseRefusals,
          ...(config.hooks?.afterError ?? []),
        ],
      }
}

/** Each action as a GraphQL mutation or query, beside the app's own. */
function pluginGraphQL(config: Config, exposed: typeof actions): Config['graphQL'] {
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
    ...config.graphQL,
    mutations: (GraphQL, payload) => ({
      ...config.graphQL?.mutations?.(GraphQL, payload),
      ...graphQLFields(GraphQL, 'mutation'),
    }),
    queries: (GraphQL, payload) => ({
      ...config.graphQL?.queries?.(GraphQL, payload),
      ...graphQLFields(GraphQL, 'query'),
    }),
  }
}

/** After the app's own start: the ledger's guards, the default records, and the pool's care. */
function pluginOnInit(config: Config, options: SanitizedOptions): Config['onInit'] {
  return async (payload) => {
    await config.onInit?.(payload)
    if (!options.disabled) {
      survivePoolErrors(payload)
      await ensureLedgerGuards(payload)
      await ensureVirtualLocations(payload)
      await ensureDefaultWorkflow(payload)
      await ensureOrderNumberSequence(payload)
      await grantAdministratorsAtStart(payload, options.usersCollection, options.administrators)
      warnAboutUnboundedPool(payload)
    }
  }
}
