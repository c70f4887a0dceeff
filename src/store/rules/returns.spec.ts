import Big from 'big.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { afterReturn, trolleyWithout } from './returns'

describe('afterReturn', () => {
  it('counts the return and unstages only what the floor no longer holds', () => {
    expect(afterReturn({ issued: 10, returned: 1, staged: 6 }, new Big(2))).toEqual({
      returned: 3,
      staged: 6,
      unstaged: new Big(0),
    })
    const rest = afterReturn({ consumed: 4, issued: 10, staged: 6 }, new Big(2))
    expect([rest.returned, rest.staged, rest.unstaged.toFixed()]).toEqual([2, 4, '2'])
    const all = afterReturn({ issued: 10, returned: 1, staged: 6 }, new Big(9))
    expect([all.returned, all.staged, all.unstaged.toFixed()]).toEqual([10, 0, '6'])
  })

  it('never leaves more staged than is on the floor, and unstages only what was staged', () => {
    fc.assert(
      fc.property(fc.nat(100), fc.nat(100), fc.nat(100), fc.nat(100), (a, b, c, d) => {
        const issued = a + b + c
        const row = { issued, returned: a, staged: Math.min(c + d, issued - a) }
        const back = Math.min(b + c, issued - a)
        const after = afterReturn(row, new Big(back))
        expect(after.staged).toBeLessThanOrEqual(issued - after.returned)
        expect(after.unstaged.plus(after.staged).toNumber()).toBe(row.staged)
        expect(after.unstaged.gte(0)).toBe(true)
      }),
    )
  })
})

describe('trolleyWithout', () => {
  const lines = [
    { item: 1, lot: 50, quantity: 2, requisition: 7 },
    { item: 1, lot: 50, quantity: 3, requisition: 7 },
    { item: 1, lot: 50, quantity: 4, requisition: 8 },
    { item: 2, lot: 60, quantity: 1, requisition: 7 },
  ]

  it('takes each lot off its requisition’s lines in order, dropping the emptied ones', () => {
    const after = trolleyWithout(lines, 7, [{ lot: 50, quantity: new Big('3.5') }])
    expect(after.lines.map((l) => [l.requisition, l.lot, l.quantity])).toEqual([
      [7, 50, 1.5],
      [8, 50, 4],
      [7, 60, 1],
    ])
    expect(after.state).toBe('ready')
    expect(lines[0]!.quantity).toBe(2)
  })

  it('empties the trolley with its last line', () => {
    const after = trolleyWithout([lines[3]!], 7, [{ lot: 60, quantity: new Big(1) }])
    expect(after).toEqual({ lines: [], state: 'emptied' })
  })
})
