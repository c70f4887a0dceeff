import Big from 'big.js'
import { describe, expect, it } from 'vitest'

import type { PickStatus } from './ingredientLine'
import { linePickStatus, pickProgress } from './pickProgress'

const d = (value: number | string) => new Big(value)
const line = (pickStatus: PickStatus, plannedQuantity: number | string = 1) => ({
  pickStatus,
  plannedQuantity: d(plannedQuantity),
})

describe('linePickStatus', () => {
  it('is not picked before any lot is reserved', () => {
    expect(linePickStatus(d(5), d(0))).toBe('not_picked')
  })

  it('is in progress while the reserved lots fall short of the plan', () => {
    expect(linePickStatus(d(5), d('4.999999'))).toBe('in_progress')
  })

  it('is picked once the plan is covered, or more than covered', () => {
    expect(linePickStatus(d(5), d(5))).toBe('picked')
    expect(linePickStatus(d(5), d(6))).toBe('picked')
  })
})

describe('pickProgress', () => {
  it('has not started when no line is picked, or there is nothing to pick', () => {
    expect(pickProgress([line('not_picked'), line('not_picked')])).toBe('not_started')
    expect(pickProgress([])).toBe('not_started')
  })

  it('is in progress while some lines are picked and others not', () => {
    expect(pickProgress([line('picked'), line('not_picked')])).toBe('in_progress')
    expect(pickProgress([line('in_progress'), line('not_picked')])).toBe('in_progress')
    expect(pickProgress([line('picked'), line('in_progress')])).toBe('in_progress')
  })

  it('is picked when every line is', () => {
    expect(pickProgress([line('picked'), line('picked')])).toBe('picked')
  })

  it('ignores lines planned at zero', () => {
    expect(pickProgress([line('picked'), line('not_picked', 0)])).toBe('picked')
    expect(pickProgress([line('not_picked'), line('not_picked', 0)])).toBe('not_started')
    expect(pickProgress([line('not_picked', 0)])).toBe('not_started')
  })
})
