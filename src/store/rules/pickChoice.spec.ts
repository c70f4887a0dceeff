import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { askedPicks, choosePicks, namedLotProblems, openToPick } from './pickChoice'

const line = (
  id: string,
  required: number,
  lots: { picked?: number; returned?: number }[] = [],
) => ({
  id,
  lots,
  requiredQuantity: required,
})

describe('openToPick', () => {
  it('is what the line asks less what is picked and not returned', () => {
    expect(openToPick(line('a', 10, [{ picked: 4 }, { picked: 3, returned: 1 }])).toFixed()).toBe(
      '4',
    )
    expect(openToPick(line('a', 2, [{ picked: 2 }])).toFixed()).toBe('0')
  })
})

describe('askedPicks', () => {
  it('without a list, asks every open line in full', () => {
    const lines = [line('a', 5), line('b', 2, [{ picked: 2 }]), line('c', 1)]
    expect(askedPicks(lines, undefined)).toEqual([{ line: 'a' }, { line: 'c' }])
    expect(askedPicks(lines, null)).toEqual([{ line: 'a' }, { line: 'c' }])
  })

  it('takes a list as given, and anything else as nothing', () => {
    expect(askedPicks([line('a', 5)], [{ line: 'a', quantity: 1 }])).toEqual([
      { line: 'a', quantity: 1 },
    ])
    expect(askedPicks([line('a', 5)], 'a')).toEqual([])
  })
})

describe('choosePicks', () => {
  const lines = [line('a', 10, [{ picked: 4 }]), line('b', 3, [{ picked: 3 }])]

  it('picks all that is open by default, the quantity named, or the named lots’ sum', () => {
    const { picks, problems } = choosePicks('MR-1', lines, [
      { line: 'a' },
      { line: 'a', quantity: '2.5', strategy: 'lifo' },
      {
        line: 'a',
        lots: [
          { lot: 7, quantity: 1 },
          { lot: 8, quantity: 2 },
        ],
      },
    ])
    expect(problems).toEqual([])
    expect(picks.map((p) => [p.row.id, p.quantity.toFixed(), p.strategy])).toEqual([
      ['a', '6', undefined],
      ['a', '2.5', 'lifo'],
      ['a', '3', undefined],
    ])
    expect(picks[2]!.lots.map((l) => [l.lot, l.path])).toEqual([
      [7, 'lines[2].lots[0].lot'],
      [8, 'lines[2].lots[1].lot'],
    ])
  })

  it('names every problem at its path', () => {
    const { picks, problems } = choosePicks('MR-1', lines, [
      { line: 'x' },
      { line: 'b' },
      { line: 'a', quantity: 7 },
      {
        line: 'a',
        lots: [
          { lot: 7, quantity: 5 },
          { lot: 8, quantity: 2 },
        ],
      },
      { line: 'a', lots: [{ lot: 'z', quantity: -1 }], strategy: 'random' },
    ])
    expect(picks).toHaveLength(4)
    expect(problems).toEqual([
      { message: 'MR-1 has no such line', path: 'lines[0].line' },
      { message: 'this line is picked in full already', path: 'lines[1].line' },
      { message: 'only 6 is left to pick on this line, not 7', path: 'lines[2].quantity' },
      { message: 'only 6 is left to pick on this line, not 7', path: 'lines[3].lots' },
      { message: 'must be greater than zero', path: 'lines[4].lots[0].quantity' },
      { message: 'must be a lot id', path: 'lines[4].lots[0].lot' },
      { message: 'must be fifo or lifo', path: 'lines[4].strategy' },
    ])
  })

  it('refuses a quantity that is not a positive decimal', () => {
    const { picks, problems } = choosePicks('MR-1', lines, [{ line: 'a', quantity: 'x' }])
    expect(problems).toEqual([{ message: 'must be a number', path: 'lines[0].quantity' }])
    expect(picks[0]!.quantity.toFixed()).toBe('0')
  })

  it('passes any pick up to what is open and refuses any beyond it', () => {
    fc.assert(
      fc.property(
        fc.integer({ max: 1000, min: 1 }),
        fc.integer({ max: 1000, min: 0 }),
        fc.integer({ max: 2000, min: 1 }),
        (required, picked, asked) => {
          fc.pre(picked < required)
          const { problems } = choosePicks(
            'MR-1',
            [line('a', required, [{ picked }])],
            [{ line: 'a', quantity: asked }],
          )
          expect(problems.length === 0).toBe(asked <= required - picked)
        },
      ),
    )
  })
})

describe('namedLotProblems', () => {
  const known = new Map([
    [1, { code: 'L1', item: 5 }],
    [2, { code: 'L2', disposition: 'blocked', item: 5 }],
    [3, { code: 'L3', expiresAt: '2026-01-01T00:00:00.000Z', item: 5 }],
    [4, { code: 'L4', item: 6 }],
  ])
  const now = new Date('2026-06-01T00:00:00.000Z').getTime()

  it('passes an available lot of the line’s item', () => {
    expect(namedLotProblems([{ item: 5, lot: 1, path: 'p' }], known, now)).toEqual([])
  })

  it('refuses unknown, foreign, blocked and expired lots', () => {
    const named = [9, 4, 2, 3].map((lot, i) => ({ item: 5, lot, path: `p${i}` }))
    expect(namedLotProblems(named, known, now)).toEqual([
      { message: 'there is no lot 9', path: 'p0' },
      { message: 'lot L4 is of another item', path: 'p1' },
      { message: 'lot L2 is blocked', path: 'p2' },
      { message: 'lot L3 has expired', path: 'p3' },
    ])
  })

  it('takes a lot expiring exactly now as expired', () => {
    const at = new Date('2026-01-01T00:00:00.000Z').getTime()
    expect(namedLotProblems([{ item: 5, lot: 3, path: 'p' }], known, at)).toHaveLength(1)
    expect(namedLotProblems([{ item: 5, lot: 3, path: 'p' }], known, at - 1)).toEqual([])
  })
})
