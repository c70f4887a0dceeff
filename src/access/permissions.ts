/**
 * Every permission key the plugin knows, with the label and group the roles editor shows. Roles
 * hold keys; access functions are built from them (see `access.ts`). Adding a key here is all it
 * takes for it to appear in the roles editor and to be held by the admin role.
 */

/** The role that holds every key, present and future. */
export const adminRoleKey = 'admin'

const actionLabels = {
  create: 'Create',
  delete: 'Delete',
  finalize: 'Finalize',
  moveDate: 'Move date',
  overrideRecipe: 'Override recipe',
  reopen: 'Reopen completed',
  update: 'Update',
  view: 'View',
  viewCosts: 'View costs',
} as const

type Action = keyof typeof actionLabels

/** Document types and the actions that mean something for each, in the roles editor's order. */
const documentTypes = {
  boms: {
    actions: ['view', 'create', 'update', 'delete', 'viewCosts'],
    label: 'Bills of materials',
  },
  customers: { actions: ['view', 'create', 'update', 'delete'], label: 'Customers' },
  executions: {
    actions: [
      'view',
      'create',
      'update',
      'finalize',
      'reopen',
      'delete',
      'moveDate',
      'overrideRecipe',
      'viewCosts',
    ],
    label: 'Executions',
  },
  items: { actions: ['view', 'create', 'update', 'delete', 'viewCosts'], label: 'Items' },
  locations: { actions: ['view', 'create', 'update', 'delete'], label: 'Locations' },
  manufacturingOrders: {
    actions: [
      'view',
      'create',
      'update',
      'finalize',
      'delete',
      'moveDate',
      'overrideRecipe',
      'viewCosts',
    ],
    label: 'Manufacturing orders',
  },
  productionPlans: { actions: ['view', 'create', 'update', 'delete'], label: 'Production plans' },
  productionRuns: {
    actions: ['view', 'create', 'update', 'finalize', 'delete', 'viewCosts'],
    label: 'Production runs',
  },
  purchaseOrders: {
    actions: ['view', 'create', 'update', 'delete', 'viewCosts'],
    label: 'Purchase orders',
  },
  salesOrders: { actions: ['view', 'create', 'update', 'delete'], label: 'Sales orders' },
  suppliers: { actions: ['view', 'create', 'update', 'delete'], label: 'Suppliers' },
} as const satisfies Record<string, { actions: readonly Action[]; label: string }>

/** Keys that are not one document type's CRUD, in the order the roles editor shows them. */
const capabilities = {
  'inventory.view': { group: 'Inventory', label: 'View inventory' },
  'inventory.adjust': { group: 'Inventory', label: 'Adjust inventory' },
  'inventory.trace': { group: 'Inventory', label: 'Trace lots (recalls)' },
  'processes.view': { group: 'Production runs', label: 'View processes' },
  'processes.manage': { group: 'Production runs', label: 'Manage processes' },
  'productionRuns.record': { group: 'Production runs', label: 'Record stage entries' },
  'purchases.receive': { group: 'Purchase orders', label: 'Receive purchases' },
  'requisitions.view': { group: 'Store', label: 'View requisitions and trolleys' },
  'requisitions.manage': { group: 'Store', label: 'Raise and cancel requisitions' },
  'requisitions.pick': { group: 'Store', label: 'Pick requisitions' },
  'requisitions.issue': { group: 'Store', label: 'Issue to the floor and return to store' },
  'trolleys.build': { group: 'Store', label: 'Build trolleys' },
  'roles.manage': { group: 'Administration', label: 'Manage roles' },
  'statuses.manage': { group: 'Administration', label: 'Manage statuses & rules' },
  'users.manage': { group: 'Administration', label: 'Manage users' },
} as const

type DocumentTypes = typeof documentTypes
type DocumentKey = {
  [T in keyof DocumentTypes]: `${T}.${DocumentTypes[T]['actions'][number]}`
}[keyof DocumentTypes]

export type PermissionKey = DocumentKey | keyof typeof capabilities

export type PermissionDefinition = { group: string; key: PermissionKey; label: string }

const documentPermissions = Object.entries(documentTypes).flatMap(([type, { actions, label }]) =>
  actions.map((action) => ({
    group: label,
    key: `${type}.${action}` as PermissionKey,
    label: actionLabels[action],
  })),
)

const capabilityPermissions = Object.entries(capabilities).map(([key, definition]) => ({
  ...definition,
  key: key as PermissionKey,
}))

/** The registry, grouped as the roles editor shows it. */
export const permissionRegistry: readonly PermissionDefinition[] = [
  ...documentPermissions,
  ...capabilityPermissions,
]

export const permissionKeys: readonly PermissionKey[] = permissionRegistry.map(({ key }) => key)

export const isPermissionKey = (value: unknown): value is PermissionKey =>
  typeof value === 'string' && (permissionKeys as readonly string[]).includes(value)

/** Groups in registry order, each with its permissions: the shape of the roles editor. */
export function permissionGroups(): { label: string; permissions: PermissionDefinition[] }[] {
  const groups = new Map<string, PermissionDefinition[]>()
  for (const definition of permissionRegistry) {
    groups.set(definition.group, [...(groups.get(definition.group) ?? []), definition])
  }
  return [...groups].map(([label, permissions]) => ({ label, permissions }))
}
