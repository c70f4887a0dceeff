import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  checkSides,
  isPhysical,
  type LocationInfo,
  locationKinds,
  type MovementReason,
  movementReasons,
  type VirtualRole,
  virtualRoles,
} from './movementRules'

const warehouse: LocationInfo = { id: 1, kind: 'warehouse', name: 'Main warehouse', role: null }
const otherWarehouse: LocationInfo = { id: 2, kind: 'warehouse', name: 'Cold store', role: null }
const floor: LocationInfo = { id: 3, kind: 'production_floor', name: 'Line 1', role: null }
const virtual = (id: number, role: VirtualRole | null): LocationInfo => ({
  id,
  kind: 'virtual',
  name: role ? `Virtual ${role}` : 'Virtual without role',
  role,
})
const supplier = virtual(10, 'supplier')
const customer = virtual(11, 'customer')
const production = virtual(12, 'production')
const loss = virtual(13, 'loss')
const adjustment = virtual(14, 'adjustment')
const roleless = virtual(15, null)

const all = [
  warehouse,
  otherWarehouse,
  floor,
  supplier,
  customer,
  production,
  loss,
  adjustment,
  roleless,
]
const physical = [warehouse, otherWarehouse, floor]

/**
 * The rules written out independently: may `from → to` carry `reason`? A location is physical
 * by its kind alone; a virtual one plays only the role it has.
 */
const allowed = (reason: MovementReason, from: LocationInfo, to: LocationInfo): boolean => {
  const phys = (l: LocationInfo) => l.kind !== 'virtual'
  const plays = (l: LocationInfo, ...roles: VirtualRole[]) =>
    l.kind === 'virtual' && l.role !== null && roles.includes(l.role)
  switch (reason) {
    case 'reverse':
      return true
    case 'receipt':
      return plays(from, 'supplier') && phys(to)
    case 'consume':
      return phys(from) && plays(to, 'production')
    case 'produce':
      return plays(from, 'production') && phys(to)
    case 'scrap':
      return plays(from, 'production') && (phys(to) || plays(to, 'loss'))
    case 'loss_waste':
    case 'loss_rejection':
      return (phys(from) || plays(from, 'production')) && plays(to, 'loss')
    case 'adjustment':
      return (
        (phys(from) && plays(to, 'adjustment', 'loss')) || (plays(from, 'adjustment') && phys(to))
      )
    case 'transfer':
      return phys(from) && phys(to) && from.id !== to.id
    case 'reserve':
    case 'release':
      return phys(from) && phys(to) && from.id === to.id
  }
}

describe('the vocabularies', () => {
  it('lists every reason, kind and role', () => {
    expect([...movementReasons].sort()).toEqual(
      [
        'adjustment',
        'consume',
        'loss_rejection',
        'loss_waste',
        'produce',
        'receipt',
        'release',
        'reserve',
        'reverse',
        'scrap',
        'transfer',
      ].sort(),
    )
    expect([...locationKinds]).toEqual(['warehouse', 'production_floor', 'virtual'])
    expect([...virtualRoles].sort()).toEqual(
      ['adjustment', 'customer', 'loss', 'production', 'supplier'].sort(),
    )
  })

  it('isPhysical: warehouses and production floors are, virtual locations are not', () => {
    expect(isPhysical(warehouse)).toBe(true)
    expect(isPhysical(floor)).toBe(true)
    for (const location of [supplier, customer, production, loss, adjustment, roleless])
      expect(isPhysical(location)).toBe(false)
  })
})

describe('checkSides: valid pairs', () => {
  it.each<[MovementReason, LocationInfo, LocationInfo]>([
    ['receipt', supplier, warehouse],
    ['receipt', supplier, floor],
    ['consume', warehouse, production],
    ['consume', floor, production],
    ['produce', production, warehouse],
    ['produce', production, floor],
    ['scrap', production, floor],
    ['scrap', production, loss],
    ['loss_waste', warehouse, loss],
    ['loss_waste', production, loss],
    ['loss_rejection', floor, loss],
    ['loss_rejection', production, loss],
    ['adjustment', warehouse, adjustment],
    ['adjustment', warehouse, loss],
    ['adjustment', adjustment, warehouse],
    ['adjustment', adjustment, floor],
    ['transfer', warehouse, floor],
    ['transfer', floor, warehouse],
    ['transfer', warehouse, otherWarehouse],
    ['reserve', warehouse, warehouse],
    ['release', floor, floor],
    ['reverse', warehouse, supplier],
    ['reverse', production, floor],
    ['reverse', loss, adjustment],
    ['reverse', warehouse, warehouse],
  ])('%s from %s to %s', (reason, from, to) => {
    expect(checkSides(reason, from, to)).toBeNull()
  })
})

describe('checkSides: refusals', () => {
  it('names the source when it cannot give for the reason', () => {
    expect(checkSides('receipt', warehouse, floor)).toEqual({
      field: 'from',
      message:
        '"Main warehouse" cannot be the source of a receipt movement: it must be the virtual supplier location',
    })
    expect(checkSides('consume', production, production)).toEqual({
      field: 'from',
      message:
        '"Virtual production" cannot be the source of a consume movement: it must be a warehouse or production floor',
    })
    expect(checkSides('produce', supplier, warehouse)?.field).toBe('from')
    expect(checkSides('transfer', supplier, warehouse)?.field).toBe('from')
    expect(checkSides('loss_waste', loss, loss)?.field).toBe('from')
    expect(checkSides('loss_waste', supplier, loss)).toEqual({
      field: 'from',
      message:
        '"Virtual supplier" cannot be the source of a loss_waste movement: it must be a warehouse or production floor or the virtual production location',
    })
    expect(checkSides('scrap', floor, loss)?.field).toBe('from')
    expect(checkSides('scrap', production, customer)?.field).toBe('to')
  })

  it('names the destination when it cannot take for the reason', () => {
    expect(checkSides('consume', warehouse, loss)).toEqual({
      field: 'to',
      message:
        '"Virtual loss" cannot be the destination of a consume movement: it must be the virtual production location',
    })
    expect(checkSides('receipt', supplier, customer)).toEqual({
      field: 'to',
      message:
        '"Virtual customer" cannot be the destination of a receipt movement: it must be a warehouse or production floor',
    })
    expect(checkSides('loss_rejection', warehouse, production)?.field).toBe('to')
    expect(checkSides('transfer', warehouse, production)?.field).toBe('to')
  })

  it('checks the source before the destination', () => {
    expect(checkSides('consume', supplier, loss)?.field).toBe('from')
    expect(checkSides('receipt', production, production)?.field).toBe('from')
  })

  it('lists both roles an adjustment can remove stock to', () => {
    const problem = checkSides('adjustment', warehouse, floor)
    expect(problem?.field).toBe('to')
    expect(problem?.message).toMatch(
      /^"Line 1" cannot be the destination of an? adjustment movement: it must be the virtual adjustment or loss location$/,
    )
    expect(checkSides('adjustment', warehouse, production)?.field).toBe('to')
  })

  it('lets an adjustment add stock only from the adjustment location, to a physical one', () => {
    expect(checkSides('adjustment', loss, warehouse)).toEqual({
      field: 'from',
      message:
        '"Virtual loss" cannot be the source of an adjustment; use the virtual adjustment location',
    })
    expect(checkSides('adjustment', supplier, warehouse)?.field).toBe('from')
    expect(checkSides('adjustment', roleless, warehouse)?.field).toBe('from')
    expect(checkSides('adjustment', adjustment, loss)).toEqual({
      field: 'to',
      message:
        '"Virtual loss" is virtual; an adjustment adds stock to a warehouse or production floor',
    })
    expect(checkSides('adjustment', adjustment, adjustment)?.field).toBe('to')
  })

  it('a transfer must change location', () => {
    expect(checkSides('transfer', warehouse, warehouse)).toEqual({
      field: 'to',
      message: 'a movement must go to another location',
    })
  })

  it('a reservation or release stays at one location', () => {
    expect(checkSides('reserve', warehouse, floor)).toEqual({
      field: 'to',
      message: 'a reserve stays at one location: from and to must be the same',
    })
    expect(checkSides('release', floor, warehouse)).toEqual({
      field: 'to',
      message: 'a release stays at one location: from and to must be the same',
    })
    expect(checkSides('reserve', supplier, supplier)?.field).toBe('from')
  })

  it('a virtual location without a role plays no role', () => {
    expect(checkSides('receipt', roleless, warehouse)?.field).toBe('from')
    expect(checkSides('consume', warehouse, roleless)?.field).toBe('to')
  })

  it('nothing takes the customer side yet', () => {
    for (const reason of movementReasons.filter((r) => r !== 'reverse')) {
      for (const other of all) {
        expect(checkSides(reason, customer, other)).not.toBeNull()
        expect(checkSides(reason, other, customer)).not.toBeNull()
      }
    }
  })
})

describe('checkSides properties', () => {
  it('agrees with the rules for every reason and pair of known locations', () => {
    for (const reason of movementReasons) {
      for (const from of all) {
        for (const to of all) {
          const problem = checkSides(reason, from, to)
          expect(
            problem === null,
            `${reason} ${from.name} → ${to.name}: ${problem?.message ?? 'accepted'}`,
          ).toBe(allowed(reason, from, to))
        }
      }
    }
  })

  /** A few locations with distinct ids (an id names one location), and a pair of them. */
  const pairArb = fc
    .array(
      fc.record({
        kind: fc.constantFrom(...locationKinds),
        name: fc.string({ maxLength: 12 }),
        role: fc.option(fc.constantFrom(...virtualRoles)),
      }),
      { maxLength: 4, minLength: 1 },
    )
    .map((specs): LocationInfo[] => specs.map((spec, i) => ({ ...spec, id: i + 1 })))
    .chain((locations) => fc.tuple(fc.constantFrom(...locations), fc.constantFrom(...locations)))

  it('agrees with the rules for any locations; a refusal names a side and the location', () => {
    fc.assert(
      fc.property(fc.constantFrom(...movementReasons), pairArb, (reason, [from, to]) => {
        const problem = checkSides(reason, from, to)
        expect(problem === null).toBe(allowed(reason, from, to))
        if (!problem) return
        expect(['from', 'to']).toContain(problem.field)
        if (!/from and to must be the same|another location/.test(problem.message)) {
          const named = problem.field === 'from' ? from : to
          expect(problem.message).toContain(`"${named.name}"`)
        }
      }),
      { numRuns: 500 },
    )
  })

  // A loss out of work in process is the one movement between two virtual locations: its
  // material left physical stock when the production stage took it in.
  const outOfProcess = (reason: MovementReason, from: LocationInfo, to: LocationInfo) =>
    ['loss_waste', 'loss_rejection', 'scrap'].includes(reason) &&
    from.role === 'production' &&
    to.role === 'loss'

  it('every valid non-reverse movement touches at least one physical location, but losses out of work in process', () => {
    for (const reason of movementReasons.filter((r) => r !== 'reverse'))
      for (const from of all)
        for (const to of all)
          if (checkSides(reason, from, to) === null && !outOfProcess(reason, from, to))
            expect(isPhysical(from) || isPhysical(to)).toBe(true)
  })

  it('a valid movement mirrored is a valid reverse, and gains come from one virtual role', () => {
    for (const reason of movementReasons)
      for (const from of all)
        for (const to of all)
          if (checkSides(reason, from, to) === null) {
            expect(checkSides('reverse', to, from)).toBeNull()
            if (!isPhysical(from) && reason !== 'reverse' && !outOfProcess(reason, from, to))
              expect(isPhysical(to)).toBe(true)
          }
    expect(physical.every(isPhysical)).toBe(true)
  })
})
