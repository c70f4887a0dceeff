import Big from 'big.js'
import { describe, expect, it } from 'vitest'

import { backflushShare } from './backflushShare'

const d = (value: number | string) => new Big(value)
const line = (
  id: string,
  planned: number | string,
  posted: number | string = 0,
  actual: number | string | null = null,
) => ({
  actualOverride: actual === null ? null : d(actual),
  id,
  plannedQuantity: d(planned),
  postedQuantity: d(posted),
})
const shown = (result: ReturnType<typeof backflushShare>) =>
  result.map(({ line, quantity }) => [line, quantity.toFixed()])

describe('backflushShare', () => {
  const dough = [line('flour', 25), line('yeast', '0.5')]

  it('consumes planned per unit × completed', () => {
    expect(shown(backflushShare(dough, d(8), d(40)))).toEqual([
      ['flour', '5'],
      ['yeast', '0.1'],
    ])
  })

  it('consumes exactly the plan when the planned output is completed at once', () => {
    expect(shown(backflushShare(dough, d(40), d(40)))).toEqual([
      ['flour', '25'],
      ['yeast', '0.5'],
    ])
  })

  it('rounds each share to the stored precision', () => {
    expect(shown(backflushShare([line('salt', 1)], d(1), d(3)))).toEqual([['salt', '0.333333']])
    expect(shown(backflushShare([line('salt', 2)], d(1), d(3)))).toEqual([['salt', '0.666667']])
  })

  it('never consumes more than the line has left to post', () => {
    expect(shown(backflushShare([line('flour', 25, 22)], d(8), d(40)))).toEqual([['flour', '3']])
    expect(shown(backflushShare([line('flour', 25, 25)], d(8), d(40)))).toEqual([])
  })

  it('draws past the plan only as far as the actual quantity allows', () => {
    expect(shown(backflushShare([line('flour', 25, 25, 27)], d(8), d(40)))).toEqual([
      ['flour', '2'],
    ])
    expect(shown(backflushShare([line('flour', 25, 0, 3)], d(8), d(40)))).toEqual([['flour', '3']])
  })

  it('leaves out lines with nothing to consume', () => {
    expect(shown(backflushShare([line('water', 0), ...dough], d(0), d(40)))).toEqual([])
  })

  it('refuses an order that plans no output, or a negative completion', () => {
    expect(() => backflushShare(dough, d(1), d(0))).toThrow(RangeError)
    expect(() => backflushShare(dough, d(-1), d(40))).toThrow(RangeError)
  })
})
