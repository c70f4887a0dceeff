import Big from 'big.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { consumedCost, outputUnitCost } from './costing'

const d = (value: number | string) => new Big(value)

describe('costing', () => {
  it('sums quantity × lot cost exactly', () => {
    const cost = consumedCost([
      { quantity: d('5'), unitCost: d('1') },
      { quantity: d('2'), unitCost: d('3') },
      { quantity: d('0.1'), unitCost: d('0.2') },
    ])
    expect(cost.toFixed()).toBe('11.02')
  })

  it('costs nothing when nothing was taken', () => {
    expect(consumedCost([]).toFixed()).toBe('0')
  })

  it('divides materials and operations over the produced quantity, rounded half-up to 6 places', () => {
    expect(outputUnitCost(d('10'), d('0'), d('3'))!.toFixed()).toBe('3.333333')
    expect(outputUnitCost(d('20'), d('0.000002'), d('3'))!.toFixed()).toBe('6.666667')
    expect(outputUnitCost(d('42'), d('8'), d('10'))!.toFixed()).toBe('5')
    expect(outputUnitCost(d('1'), d('1'), d('0'))).toBeNull()
  })

  it('is additive: splitting the takes never changes the total', () => {
    const take = fc.record({
      quantity: fc.integer({ max: 1_000_000, min: 1 }).map((n) => d(n).div(1000)),
      unitCost: fc.integer({ max: 1_000_000, min: 0 }).map((n) => d(n).div(1000)),
    })
    fc.assert(
      fc.property(fc.array(take), fc.array(take), (a, b) => {
        expect(consumedCost([...a, ...b]).eq(consumedCost(a).plus(consumedCost(b)))).toBe(true)
      }),
    )
  })
})
