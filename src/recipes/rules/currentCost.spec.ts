import Big from 'big.js'
import { describe, expect, it } from 'vitest'

import { currentCost } from './currentCost'

const d = (value: number | string) => new Big(value)

const view = (cost: ReturnType<typeof currentCost>) => ({
  source: cost.source,
  unitCost: cost.unitCost?.toFixed() ?? null,
})

describe('currentCost', () => {
  it('weighs the lots on hand by their quantity', () => {
    const cost = currentCost({
      lastPurchase: d(9),
      onHand: [
        { quantity: d(10), unitCost: d(2) },
        { quantity: d(30), unitCost: d(3) },
      ],
      standardCost: d(7),
    })
    expect(view(cost)).toEqual({ source: 'on_hand', unitCost: '2.75' })
  })

  it('rounds the average to the stored precision', () => {
    const cost = currentCost({
      lastPurchase: null,
      onHand: [
        { quantity: d(1), unitCost: d(1) },
        { quantity: d(2), unitCost: d(2) },
      ],
      standardCost: null,
    })
    expect(view(cost)).toEqual({ source: 'on_hand', unitCost: '1.666667' })
  })

  it('leaves out empty or negative balances and lots of unknown cost', () => {
    const cost = currentCost({
      lastPurchase: null,
      onHand: [
        { quantity: d(5), unitCost: d(4) },
        { quantity: d(-3), unitCost: d(100) },
        { quantity: d(0), unitCost: d(100) },
        { quantity: d(8), unitCost: null },
      ],
      standardCost: null,
    })
    expect(view(cost)).toEqual({ source: 'on_hand', unitCost: '4' })
  })

  it('falls back to the last purchase, then the standard cost, then nothing', () => {
    const empty = [{ quantity: d(0), unitCost: d(3) }]
    expect(
      view(currentCost({ lastPurchase: d('1.25'), onHand: empty, standardCost: d(2) })),
    ).toEqual({ source: 'last_purchase', unitCost: '1.25' })
    expect(view(currentCost({ lastPurchase: null, onHand: [], standardCost: d(2) }))).toEqual({
      source: 'standard',
      unitCost: '2',
    })
    expect(view(currentCost({ lastPurchase: null, onHand: [], standardCost: null }))).toEqual({
      source: 'none',
      unitCost: null,
    })
  })
})
