import { describe, expect, it } from 'vitest'

import {
  isPermissionKey,
  permissionGroups,
  permissionKeys,
  permissionRegistry,
} from './permissions'

describe('permission registry', () => {
  it('has unique keys, each with a label and a group', () => {
    expect(new Set(permissionKeys).size).toBe(permissionKeys.length)
    for (const { group, label } of permissionRegistry) {
      expect(group.length).toBeGreaterThan(0)
      expect(label.length).toBeGreaterThan(0)
    }
  })

  it.each([
    'executions.view',
    'executions.create',
    'executions.update',
    'executions.finalize',
    'executions.reopen',
    'executions.delete',
    'executions.moveDate',
    'executions.overrideRecipe',
    'executions.viewCosts',
    'manufacturingOrders.finalize',
    'manufacturingOrders.overrideRecipe',
    'productionPlans.create',
    'boms.viewCosts',
    'productionRuns.finalize',
    'statuses.manage',
    'processes.view',
    'processes.manage',
    'productionRuns.record',
    'roles.manage',
    'inventory.view',
    'inventory.adjust',
    'inventory.trace',
    'purchases.receive',
  ])('covers %s', (key) => {
    expect(isPermissionKey(key)).toBe(true)
  })

  it('rejects what is not a key', () => {
    expect(isPermissionKey('executions.fly')).toBe(false)
    expect(isPermissionKey(42)).toBe(false)
  })

  it('groups every key exactly once, in registry order', () => {
    const grouped = permissionGroups().flatMap((group) => group.permissions.map((p) => p.key))
    expect([...grouped].sort()).toEqual([...permissionKeys].sort())
    expect(permissionGroups()[0]!.label).toBe(permissionRegistry[0]!.group)
  })

  it('puts the administration keys in one group', () => {
    const administration = permissionGroups().find((group) => group.label === 'Administration')
    expect(administration?.permissions.map((p) => p.key)).toEqual([
      'roles.manage',
      'statuses.manage',
      'users.manage',
    ])
  })
})
