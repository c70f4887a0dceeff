import Big from 'big.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { type LotAmount, chooseTakes } from './lineTakes'

type Row = { id: string; lots: LotAmount[] }
const row = (id: string, ...lots: [number, number][]): Row => ({
  id,
  lots: lots.map(([lot, quantity]) => ({ lot, quantity: new Big(quantity) })),
})
const lotsOf = (line: Row) => line.lots.filter((lot) => lot.quantity.gt(0))
const words = {
  none: 'none here',
  nothing: 'has nothing',
  over: (there: string, asked: string) => `only ${there}, not ${asked}`,
}
const shown = (takes: { lot: number; quantity: Big; row: Row }[]) =>
  takes.map((t) => `${t.row.id}/${t.lot}: ${t.quantity.toFixed()}`)

describe('chooseTakes', () => {
  const rows = [row('a', [1, 2], [2, 3]), row('b'), row('c', [3, 1])]

  it('without a list, takes every line that has any in full', () => {
    const { nothing, problems, takes } = chooseTakes('MR-1', rows, undefined, lotsOf, words)
    expect([nothing, problems]).toEqual([false, []])
    expect(shown(takes)).toEqual(['a/1: 2', 'a/2: 3', 'c/3: 1'])
  })

  it('takes a named quantity from the lots in their order', () => {
    const { takes } = chooseTakes('MR-1', rows, [{ line: 'a', quantity: '2.5' }], lotsOf, words)
    expect(shown(takes)).toEqual(['a/1: 2', 'a/2: 0.5'])
  })

  it('says nothing is asked when no line has any, or the list is empty or not a list', () => {
    expect(chooseTakes('MR-1', [row('b')], undefined, lotsOf, words).nothing).toBe(true)
    expect(chooseTakes('MR-1', rows, [], lotsOf, words).nothing).toBe(true)
    expect(chooseTakes('MR-1', rows, 'a', lotsOf, words).nothing).toBe(true)
  })

  it('names every problem at its line', () => {
    const asked = [
      { line: 'x' },
      { line: 'b' },
      { line: 'a', quantity: 6 },
      { line: 'c', quantity: 0 },
    ]
    expect(chooseTakes('MR-1', rows, asked, lotsOf, words).problems).toEqual([
      { message: 'MR-1 has no such line', path: 'lines[0].line' },
      { message: 'none here', path: 'lines[1].line' },
      { message: 'only 5, not 6', path: 'lines[2].quantity' },
      { message: 'must be greater than zero', path: 'lines[3].quantity' },
    ])
  })

  it('takes exactly what is asked, never more than a lot holds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ max: 50, min: 1 }), { maxLength: 5, minLength: 1 }),
        fc.integer({ max: 250, min: 1 }),
        (quantities, asked) => {
          const line = row('a', ...quantities.map((q, i): [number, number] => [i + 1, q]))
          const there = quantities.reduce((a, b) => a + b, 0)
          const { problems, takes } = chooseTakes(
            'MR-1',
            [line],
            [{ line: 'a', quantity: asked }],
            lotsOf,
            words,
          )
          expect(problems.length === 0).toBe(asked <= there)
          const taken = takes.reduce((total, t) => total.plus(t.quantity), new Big(0))
          expect(taken.toNumber()).toBe(Math.min(asked, there))
          for (const t of takes) expect(t.quantity.lte(quantities[t.lot - 1]!)).toBe(true)
        },
      ),
    )
  })
})
