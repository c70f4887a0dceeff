import { describe, expect, it } from 'vitest'

import { planChange } from './planChange'

const before = { batches: 2, mode: 'batch', quantity: 1 }

describe('planChange', () => {
  it('plans every new order, from a new snapshot', () => {
    expect(planChange({ before: {}, change: {}, operation: 'create', refresh: false })).toEqual({
      onlyBatches: false,
      planChanged: true,
      productChanged: false,
    })
  })

  it('takes a new snapshot for a new product or a refresh', () => {
    const product = { after: 2, before: 1 }
    expect(
      planChange({ before, change: {}, operation: 'update', product, refresh: false }),
    ).toMatchObject({ onlyBatches: false, planChanged: true, productChanged: true })
    expect(planChange({ before, change: {}, operation: 'update', refresh: true })).toMatchObject({
      planChanged: true,
      productChanged: true,
    })
    expect(
      planChange({
        before,
        change: {},
        operation: 'update',
        product: { after: 1, before: 1 },
        refresh: false,
      }),
    ).toMatchObject({ planChanged: false, productChanged: false })
  })

  it('plans again when the quantity, the batches or the mode change, and only then', () => {
    const update = (change: object) =>
      planChange({ before, change, operation: 'update', refresh: false }).planChanged
    expect(update({ batches: 3 })).toBe(true)
    expect(update({ quantity: 2 })).toBe(true)
    expect(update({ mode: 'discrete' })).toBe(true)
    expect(update({ batches: 2, mode: 'batch', quantity: 1 })).toBe(false)
  })

  it('tells a change of batches alone on a batch order', () => {
    const update = (change: object, from = before) =>
      planChange({ before: from, change, operation: 'update', refresh: false }).onlyBatches
    expect(update({ batches: 3 })).toBe(true)
    expect(update({ batches: 3, quantity: 2 })).toBe(false)
    expect(update({ mode: 'discrete' })).toBe(false)
    expect(update({ batches: 3 }, { ...before, mode: 'discrete' })).toBe(false)
    expect(update({ batches: 3, mode: 'batch' }, { ...before, mode: 'discrete' })).toBe(false)
  })
})
