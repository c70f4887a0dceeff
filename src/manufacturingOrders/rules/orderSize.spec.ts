import Big from 'big.js'
import { describe, expect, it } from 'vitest'

import { orderSizeFor } from './orderSize'

const d = (value: number | string) => new Big(value)

describe('orderSizeFor', () => {
  it('keeps the quantity for a discrete product', () => {
    const size = orderSizeFor(d('2.5'), 'discrete', d(20))
    expect(size.mode === 'discrete' && size.quantity.toFixed()).toBe('2.5')
  })

  it('takes the whole batches that cover the quantity for a batch product', () => {
    expect(orderSizeFor(d(40), 'batch', d(20))).toEqual({ batches: 2, mode: 'batch' })
    expect(orderSizeFor(d('40.000001'), 'batch', d(20))).toEqual({ batches: 3, mode: 'batch' })
    expect(orderSizeFor(d(1), 'batch', d(20))).toEqual({ batches: 1, mode: 'batch' })
    expect(orderSizeFor(d('0.3'), 'batch', d('0.1'))).toEqual({ batches: 3, mode: 'batch' })
  })

  it('refuses a batch that makes nothing', () => {
    expect(() => orderSizeFor(d(1), 'batch', d(0))).toThrow(RangeError)
  })
})
