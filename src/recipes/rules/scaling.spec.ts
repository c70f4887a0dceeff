import Big from 'big.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { batchesFor, scaleComponent } from './scaling'

const d = (value: number | string) => new Big(value)

describe('scaleComponent', () => {
  it('scales per unit: 5 bicycles from "1 bicycle = 2 wheels" need 10 wheels', () => {
    expect(
      scaleComponent({ basis: 'per_unit', output: d(1), produce: d(5), quantity: d(2) }).toFixed(),
    ).toBe('10')
  })

  it('scales per unit through the recipe output: a 10 kg sauce recipe with 4 kg tomatoes, for 2.5 kg', () => {
    expect(
      scaleComponent({
        basis: 'per_unit',
        output: d(10),
        produce: d('2.5'),
        quantity: d(4),
      }).toFixed(),
    ).toBe('1')
  })

  it('works in whole batches per batch, rounding up', () => {
    const args = { basis: 'per_batch' as const, output: d(10), quantity: d(4) }
    expect(scaleComponent({ ...args, produce: d(10) }).toFixed()).toBe('4')
    expect(scaleComponent({ ...args, produce: d(11) }).toFixed()).toBe('8')
    expect(scaleComponent({ ...args, produce: d('0.1') }).toFixed()).toBe('4')
    expect(batchesFor(d(20), d(10)).toFixed()).toBe('2')
  })

  it('refuses a recipe that makes nothing', () => {
    expect(() =>
      scaleComponent({ basis: 'per_unit', output: d(0), produce: d(1), quantity: d(1) }),
    ).toThrow(RangeError)
  })

  it('is linear per unit and never below per-unit needs per batch', () => {
    const positive = fc.integer({ max: 100_000, min: 1 }).map((n) => d(n).div(100))
    fc.assert(
      fc.property(positive, positive, positive, positive, (output, a, b, quantity) => {
        const perUnit = (produce: Big) =>
          scaleComponent({ basis: 'per_unit', output, produce, quantity })
        expect(
          perUnit(a.plus(b))
            .minus(perUnit(a).plus(perUnit(b)))
            .abs()
            .lt('1e-12'),
        ).toBe(true)
        const perBatch = scaleComponent({ basis: 'per_batch', output, produce: a, quantity })
        expect(perBatch.gte(perUnit(a).minus('1e-12'))).toBe(true)
        expect(perBatch.div(quantity).mod(1).eq(0)).toBe(true)
      }),
    )
  })
})
