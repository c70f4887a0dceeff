import { describe, expect, it } from 'vitest'

import { landsOnShopFloor, worksOnFloor } from './floorWork'

const operator = new Set(['executions.view', 'executions.update', 'productionRuns.record'])
const planner = new Set(['executions.update', 'executions.create', 'productionPlans.create'])
const viewer = new Set(['executions.view', 'manufacturingOrders.view'])

describe('who works on the shop floor', () => {
  it('is whoever moves production or records runs', () => {
    expect(worksOnFloor(operator)).toBe(true)
    expect(worksOnFloor(planner)).toBe(true)
    expect(worksOnFloor(viewer)).toBe(false)
  })
  it('lands there only when planning none of it', () => {
    expect(landsOnShopFloor(operator)).toBe(true)
    expect(landsOnShopFloor(planner)).toBe(false)
    expect(landsOnShopFloor(viewer)).toBe(false)
  })
})
