import { describe, expect, it } from 'vitest'

import { orderLocationProblem } from './orderLocation'

const floor = { kind: 'production_floor', name: 'Workshop' }
const warehouse = { kind: 'warehouse', name: 'Main store' }

describe('orderLocationProblem', () => {
  it('takes a production floor until the order starts', () => {
    expect(
      orderLocationProblem({ changed: true, location: floor, order: 'MO-1', started: false }),
    ).toBeNull()
  })

  it('refuses a warehouse or a virtual location, naming it', () => {
    expect(
      orderLocationProblem({ changed: true, location: warehouse, order: 'MO-1', started: false }),
    ).toBe('must be a production floor: Main store is a warehouse location')
    expect(
      orderLocationProblem({
        changed: true,
        location: { kind: 'virtual', name: 'Production' },
        order: 'MO-1',
        started: false,
      }),
    ).toMatch(/must be a production floor/)
  })

  it('fixes the location once the order has started', () => {
    expect(
      orderLocationProblem({ changed: true, location: floor, order: 'MO-7', started: true }),
    ).toBe('MO-7 has started: its location is fixed')
  })

  it('lets an unchanged location be, and leaves a missing one to the relationship', () => {
    expect(
      orderLocationProblem({ changed: false, location: warehouse, order: 'MO-1', started: true }),
    ).toBeNull()
    expect(
      orderLocationProblem({ changed: true, location: null, order: 'MO-1', started: false }),
    ).toBeNull()
  })
})
