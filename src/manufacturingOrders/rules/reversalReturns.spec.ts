import Big from 'big.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { consumedPerLine, returnsToLots } from './reversalReturns'

const d = (value: number | string) => new Big(value)
const consumed = (id: number, line: string, lot: number, quantity: number, returned = 0) => ({
  id,
  item: 1,
  line,
  lot,
  quantity: d(quantity),
  returned: d(returned),
  unitCost: `${lot}.5`,
})
const shown = (returns: ReturnType<typeof returnsToLots>) =>
  returns.map((r) => [r.line, r.lot, r.quantity.toFixed(), r.unitCost])

describe('returnsToLots', () => {
  it('returns into the movements in order, each up to what it has left', () => {
    const movements = [consumed(3, 'a', 30, 2), consumed(2, 'a', 20, 5, 4), consumed(1, 'a', 10, 5)]
    expect(shown(returnsToLots([{ line: 'a', quantity: d(4) }], movements))).toEqual([
      ['a', 30, '2', '30.5'],
      ['a', 20, '1', '20.5'],
      ['a', 10, '1', '10.5'],
    ])
  })

  it('keeps each line to its own movements', () => {
    const movements = [consumed(1, 'a', 10, 5), consumed(2, 'b', 20, 5)]
    expect(
      shown(
        returnsToLots(
          [
            { line: 'b', quantity: d(1) },
            { line: 'a', quantity: d(2) },
          ],
          movements,
        ),
      ),
    ).toEqual([
      ['b', 20, '1', '20.5'],
      ['a', 10, '2', '10.5'],
    ])
  })

  it('never returns more into a movement than it has left, nor more than the share', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ max: 9, min: 0 }), fc.integer({ max: 9, min: 0 })), {
          maxLength: 5,
        }),
        fc.integer({ max: 60, min: 0 }),
        (sizes, due) => {
          const movements = sizes.map(([q, r], id) => consumed(id, 'a', id, q + r, r))
          const returns = returnsToLots([{ line: 'a', quantity: d(due) }], movements)
          const total = returns.reduce((sum, r) => sum.plus(r.quantity), d(0))
          expect(total.lte(due)).toBe(true)
          for (const r of returns) expect(r.quantity.lte(sizes[r.lot]![0])).toBe(true)
          const available = sizes.reduce((sum, [q]) => sum + q, 0)
          expect(total.eq(Math.min(due, available))).toBe(true)
        },
      ),
    )
  })
})

describe('consumedPerLine', () => {
  it('sums the movements of each line', () => {
    const perLine = consumedPerLine([
      { line: 'a', quantity: d(1) },
      { line: 'b', quantity: d(2) },
      { line: 'a', quantity: d('0.5') },
    ])
    expect(perLine.map((l) => [l.line, l.quantity.toFixed()])).toEqual([
      ['a', '1.5'],
      ['b', '2'],
    ])
  })
})
