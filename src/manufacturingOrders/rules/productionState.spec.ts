import Big from 'big.js'
import { describe, expect, it } from 'vitest'

import { orderState, productionState } from './productionState'

const fresh = {
  blocked: false,
  completedQuantity: new Big(0),
  pickProgress: 'not_started' as const,
  startedAt: null,
  state: 'open' as const,
}

describe('orderState', () => {
  it('is done in the last status and open in any other', () => {
    expect(orderState(3, [1, 2, 3])).toBe('done')
    expect(orderState(2, [1, 2, 3])).toBe('open')
    expect(orderState(1, [])).toBe('open')
  })
})

describe('productionState', () => {
  it('has not started while open with nothing started, picked or completed', () => {
    expect(productionState(fresh)).toBe('not_started')
  })

  it('is in progress once started, picked from or partly completed', () => {
    expect(productionState({ ...fresh, startedAt: new Date() })).toBe('in_progress')
    expect(productionState({ ...fresh, pickProgress: 'in_progress' })).toBe('in_progress')
    expect(productionState({ ...fresh, pickProgress: 'picked' })).toBe('in_progress')
    expect(productionState({ ...fresh, completedQuantity: new Big('0.5') })).toBe('in_progress')
  })

  it('is blocked while open and blocked, whatever the progress', () => {
    expect(productionState({ ...fresh, blocked: true })).toBe('blocked')
    expect(productionState({ ...fresh, blocked: true, startedAt: new Date() })).toBe('blocked')
  })

  it('is done once done, even if still flagged blocked', () => {
    expect(productionState({ ...fresh, state: 'done' })).toBe('done')
    expect(productionState({ ...fresh, blocked: true, state: 'done' })).toBe('done')
  })
})
