import Big from 'big.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { ingredientPicks, mergePickedLots } from './ingredientPicks'

const d = (value: number | string) => new Big(value)
const line = (id: string, planned: number, extra: Partial<Record<string, unknown>> = {}) => ({
  actualOverride: null,
  backflushedQuantity: d(0),
  id,
  lotStrategy: 'fifo',
  pickedQuantity: d(0),
  plannedQuantity: d(planned),
  sku: id.toUpperCase(),
  ...extra,
})
const shown = (result: ReturnType<typeof ingredientPicks>) =>
  result.ok
    ? result.picks.map((p) => ({
        asked: p.asked.toFixed(),
        lots: p.lots.map((l) => [l.lot, l.quantity.toFixed()]),
        row: p.row.id,
      }))
    : result.problems

describe('ingredientPicks', () => {
  it('picks what the line still needs when no quantity is given', () => {
    const rows = [line('a', 10, { backflushedQuantity: d(2), pickedQuantity: d(3) })]
    expect(shown(ingredientPicks([{ ingredient: 'a' }], rows))).toEqual([
      { asked: '5', lots: [], row: 'a' },
    ])
  })

  it('takes the actual quantity over the plan where entered', () => {
    const rows = [line('a', 10, { actualOverride: d(4) })]
    expect(shown(ingredientPicks([{ ingredient: 'a' }], rows))).toEqual([
      { asked: '4', lots: [], row: 'a' },
    ])
  })

  it('asks the sum of the named lots', () => {
    const result = ingredientPicks(
      [
        {
          ingredient: 'a',
          lots: [
            { lot: 7, quantity: '1.5' },
            { lot: 8, quantity: 2 },
          ],
        },
      ],
      [line('a', 10)],
    )
    expect(shown(result)).toEqual([
      {
        asked: '3.5',
        lots: [
          [7, '1.5'],
          [8, '2'],
        ],
        row: 'a',
      },
    ])
  })

  it('lists every problem of every line, each at its path', () => {
    const result = ingredientPicks(
      [
        { ingredient: 'nope' },
        { ingredient: 'c' },
        { ingredient: 'a', quantity: 11 },
        { ingredient: 'b', lots: [{ lot: 1.5, quantity: 'x' }] },
      ],
      [line('a', 10), line('b', 10), line('c', 10, { lotStrategy: 'custom' })],
    )
    expect(result.ok).toBe(false)
    expect(!result.ok && result.problems.map((p) => p.path)).toEqual([
      'lines[0].ingredient',
      'lines[1].lots',
      'lines[2].quantity',
      'lines[3].lots[0].quantity',
      'lines[3].lots[0].lot',
    ])
    expect(!result.ok && result.problems[2]!.message).toBe('A needs 10 more, not 11')
  })

  it('refuses a line that needs nothing more', () => {
    const result = ingredientPicks([{ ingredient: 'a' }], [line('a', 2, { pickedQuantity: d(2) })])
    expect(shown(result)).toEqual([
      { message: 'A needs nothing more picked', path: 'lines[0].ingredient' },
    ])
  })

  it('never lets a line pick more than it still needs', () => {
    fc.assert(
      fc.property(fc.integer({ max: 100, min: 1 }), fc.integer({ max: 100, min: 1 }), (n, q) => {
        const result = ingredientPicks([{ ingredient: 'a', quantity: q }], [line('a', n)])
        expect(result.ok).toBe(q <= n)
      }),
    )
  })
})

describe('mergePickedLots', () => {
  it('sums a lot picked again and appends a new one, leaving the held list as it was', () => {
    const held = [{ lot: 1, quantity: d(2) }]
    const merged = mergePickedLots(held, [
      { lot: 1, quantity: d(1) },
      { lot: 2, quantity: d(4) },
    ])
    expect(merged.map((l) => [l.lot, l.quantity.toFixed()])).toEqual([
      [1, '3'],
      [2, '4'],
    ])
    expect(held[0]!.quantity.toFixed()).toBe('2')
  })
})
