import Big from 'big.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { afterConsumption, consumedOnFloor } from './consumption'

const d = (n: number | string) => new Big(n)
const shown = (values: Big[]) => values.map((v) => v.toFixed())

describe('consumedOnFloor', () => {
  it('is what the floor no longer holds, the oldest requisition’s first', () => {
    const rows = [{ out: d(10) }, { out: d(6) }]
    expect(shown(consumedOnFloor(rows, d(0), d(16)))).toEqual(['0', '0'])
    expect(shown(consumedOnFloor(rows, d(0), d(12)))).toEqual(['4', '0'])
    expect(shown(consumedOnFloor(rows, d(0), d(5)))).toEqual(['10', '1'])
    expect(shown(consumedOnFloor(rows, d(0), d(0)))).toEqual(['10', '6'])
  })

  it('leaves other requisitions what they hold, and ignores stock nobody issued', () => {
    expect(shown(consumedOnFloor([{ out: d(10) }], d(5), d(12)))).toEqual(['3'])
    expect(shown(consumedOnFloor([{ out: d(10) }], d(5), d(3)))).toEqual(['10'])
    expect(shown(consumedOnFloor([{ out: d(10) }], d(0), d(25)))).toEqual(['0'])
    expect(shown(consumedOnFloor([{ out: d(0) }], d(0), d(0)))).toEqual(['0'])
  })

  it('never consumes more than a row put there, nor holds more than the floor has', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(50), { maxLength: 5 }), fc.nat(50), fc.nat(300), (outs, o, h) => {
        const rows = outs.map((out) => ({ out: d(out) }))
        const consumed = consumedOnFloor(rows, d(o), d(h))
        const held = rows.map((row, i) => row.out.minus(consumed[i]!))
        held.forEach((kept, i) => {
          expect(kept.gte(0) && consumed[i]!.gte(0)).toBe(true)
        })
        const total = held.reduce((a, b) => a.plus(b), d(0))
        expect(total.lte(Math.max(0, h - o))).toBe(true)
        expect(
          total.eq(
            Math.min(
              Math.max(0, h - o),
              outs.reduce((a, b) => a + b, 0),
            ),
          ),
        ).toBe(true)
      }),
    )
  })
})

describe('afterConsumption', () => {
  it('takes off the trolley what is no longer on the floor', () => {
    const row = { issued: 40, returned: 0, staged: 40 }
    const after = afterConsumption(row, d(10))
    expect([after.consumed, after.staged, after.unstaged.toFixed()]).toEqual([10, 30, '10'])
  })

  it('keeps staged what the floor still holds, and stages nothing again', () => {
    const partly = afterConsumption({ issued: 40, staged: 20 }, d(10))
    expect([partly.staged, partly.unstaged.toFixed()]).toEqual([20, '0'])
    const back = afterConsumption({ consumed: 40, issued: 40, staged: 0 }, d(30))
    expect([back.consumed, back.staged, back.unstaged.toFixed()]).toEqual([30, 0, '0'])
  })
})
