import { describe, expect, it } from 'vitest'

import { dashboardSections, floorScope, isFloorBound, seesProduction } from './dashboardScope'

const keys = (...held: string[]) => new Set(held)

describe('dashboardSections', () => {
  it('shows a viewer every figure but no money and nothing to act on', () => {
    const viewer = keys(
      'executions.view',
      'manufacturingOrders.view',
      'productionRuns.view',
      'requisitions.view',
    )
    expect(dashboardSections(viewer)).toEqual({
      buy: false,
      executions: true,
      money: false,
      orders: true,
      requestFromStore: false,
      runs: true,
      short: true,
      storeQueue: true,
    })
  })

  it('offers money, requests and purchases only with their permissions', () => {
    const planner = keys(
      'executions.view',
      'items.viewCosts',
      'purchaseOrders.create',
      'requisitions.manage',
    )
    expect(dashboardSections(planner)).toMatchObject({
      buy: true,
      money: true,
      requestFromStore: true,
    })
    expect(dashboardSections(keys('purchaseOrders.create')).buy).toBe(false)
  })

  it('is a home only for those who see production', () => {
    expect(seesProduction(keys('productionRuns.view'))).toBe(true)
    expect(seesProduction(keys('items.view', 'requisitions.view'))).toBe(false)
  })
})

describe('floorScope', () => {
  const all = [1, 2, 3]

  it('covers every floor for a planner, or the one chosen', () => {
    expect(floorScope({ all, assigned: [], chosen: null, floorBound: false })).toEqual({
      choosable: all,
      chosen: null,
      floors: null,
    })
    expect(floorScope({ all, assigned: [], chosen: 2, floorBound: false }).floors).toEqual([2])
  })

  it('limits a floor-bound user to their floors, even when they ask for another', () => {
    const own = { all, assigned: [3, 1], floorBound: true }
    expect(floorScope({ ...own, chosen: null })).toEqual({
      choosable: [1, 3],
      chosen: null,
      floors: [1, 3],
    })
    expect(floorScope({ ...own, chosen: 2 }).floors).toEqual([1, 3])
    expect(floorScope({ ...own, chosen: 3 }).floors).toEqual([3])
    expect(floorScope({ ...own, assigned: [], chosen: null }).floors).toEqual([])
  })

  it('binds to floors those who record production but plan none', () => {
    expect(isFloorBound(keys('executions.view', 'executions.update'))).toBe(true)
    expect(isFloorBound(keys('executions.update', 'executions.create'))).toBe(false)
    expect(isFloorBound(keys('executions.view'))).toBe(false)
  })
})
