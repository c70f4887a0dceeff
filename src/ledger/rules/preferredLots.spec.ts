import Big from 'big.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { allocatePreferred } from './preferredLots'

const d = (n: number) => new Big(n)

describe('allocatePreferred', () => {
  it('takes the preferred lots first, in order, and leaves the rest to the strategy', () => {
    const { named, rest } = allocatePreferred(d(7), [
      { lot: 3, quantity: d(2) },
      { lot: 1, quantity: d(0) },
      { lot: 5, quantity: d(4) },
    ])
    expect(named.map((n) => [n.lot, n.quantity.toNumber()])).toEqual([
      [3, 2],
      [5, 4],
    ])
    expect(rest.toNumber()).toBe(1)
  })

  it('never names more than asked or than a lot has, and accounts for all of it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 }),
        fc.array(
          fc.record({
            lot: fc.integer({ min: 1, max: 5 }),
            quantity: fc.integer({ min: 0, max: 30 }),
          }),
        ),
        (quantity, lots) => {
          const { named, rest } = allocatePreferred(
            d(quantity),
            lots.map((l) => ({ lot: l.lot, quantity: d(l.quantity) })),
          )
          const total = named.reduce((sum, n) => sum.plus(n.quantity), d(0))
          expect(total.plus(rest).toNumber()).toBe(quantity)
          expect(rest.gte(0)).toBe(true)
          for (const n of named) {
            const available = lots
              .filter((l) => l.lot === n.lot)
              .reduce((s, l) => s + l.quantity, 0)
            expect(n.quantity.lte(available)).toBe(true)
          }
        },
      ),
    )
  })
})
