import Big from 'big.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { shortageOf } from './materialShortage'

const d = (value: number | string) => new Big(value)

describe('shortageOf', () => {
  it('is the need beyond what is available', () => {
    expect(shortageOf(d(54), d(40)).toFixed()).toBe('14')
    expect(shortageOf(d(10), d(40)).toFixed()).toBe('0')
    expect(shortageOf(d(5), d(-2)).toFixed()).toBe('7')
  })

  it('is never negative, and covering it leaves nothing missing', () => {
    fc.assert(
      fc.property(
        fc.integer({ max: 10_000, min: 0 }),
        fc.integer({ max: 10_000, min: -500 }),
        (r, a) => {
          const shortage = shortageOf(d(r), d(a))
          expect(shortage.gte(0)).toBe(true)
          expect(shortageOf(d(r), d(a).plus(shortage)).toFixed()).toBe('0')
        },
      ),
    )
  })
})
