import type { PermissionKey } from '../../src/access/permissions'

import { adminRoleKey, permissionKeys } from '../../src/access/permissions'

export type DemoRole = { key?: string; name: string; permissions: readonly PermissionKey[] }

const unique = (keys: PermissionKey[]) => [...new Set(keys)]
export type DemoUser = { email: string; name: string; password: string; role: string }

const viewing = permissionKeys.filter((key) => key.endsWith('.view'))
const production = [
  'executions',
  'manufacturingOrders',
  'productionPlans',
  'productionRuns',
] as const
const keysFor = (types: readonly string[], actions: readonly string[]) =>
  permissionKeys.filter((key) =>
    types.some((type) => actions.some((action) => key === `${type}.${action}`)),
  )

/** The demo factory's roles: who does what on a shop floor. */
export const demoRoles: DemoRole[] = [
  { key: adminRoleKey, name: 'Administrator', permissions: permissionKeys },
  {
    name: 'Planner',
    permissions: unique([
      ...viewing,
      ...keysFor(
        [...production, 'boms', 'items', 'salesOrders', 'purchaseOrders'],
        ['create', 'update', 'moveDate', 'viewCosts'],
      ),
      'inventory.view',
      'inventory.trace',
      'requisitions.manage',
    ]),
  },
  {
    name: 'Storekeeper',
    permissions: unique([
      ...viewing,
      'inventory.view',
      'inventory.trace',
      'inventory.adjust',
      'requisitions.manage',
      'requisitions.pick',
      'requisitions.issue',
      'trolleys.build',
      'purchaseOrders.create',
      'purchases.receive',
    ]),
  },
  {
    name: 'Operator',
    permissions: unique([
      ...keysFor(production, ['view']),
      ...keysFor(['executions', 'manufacturingOrders', 'productionRuns'], ['update']),
      // Completes the executions made at the station (the shop floor asks for the quantity).
      'executions.finalize',
      'productionRuns.create',
      'productionRuns.record',
      'items.view',
      // An item's stock is listed by physical location, so reading items needs the locations.
      'locations.view',
      'inventory.view',
    ]),
  },
  { name: 'Viewer', permissions: viewing },
]

/** The demo logins the app prints on start. */
export const demoUsers: DemoUser[] = [
  { email: 'admin@example.com', name: 'Ada Admin', password: 'admin', role: 'Administrator' },
  { email: 'planner@example.com', name: 'Pat Planner', password: 'planner', role: 'Planner' },
  { email: 'operator@example.com', name: 'Olu Operator', password: 'operator', role: 'Operator' },
  {
    email: 'storekeeper@example.com',
    name: 'Sam Storekeeper',
    password: 'storekeeper',
    role: 'Storekeeper',
  },
  { email: 'viewer@example.com', name: 'Vic Viewer', password: 'viewer', role: 'Viewer' },
]
