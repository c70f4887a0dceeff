import Big from 'big.js'
import { describe, expect, it } from 'vitest'

import { currentCost } from './currentCost'

const d = (value: number | string) => new Big(value)

const view = (cost: ReturnType<typeof currentCost>) => ({
  source: cost.source,
  unitCost: cost.unitCost?.toFixed() ?? null,
})

/** Lots on hand, each as [quantity, unit cost]. */
const lots = (...rows: [number, null | number][]) =>
  rows.map(([quantity, unitCost]) => ({
    quantity: d(quantity),
    unitCost: unitCost === null ? null : d(unitCost),
  }))

describe('currentCost', () => {
  it.each([
    {
      args: { lastPurchase: d(9), onHand: lots([10, 2], [30, 3]), standardCost: d(7) },
      title: 'weighs the lots on hand by their quantity',
      unitCost: '2.75',
    },
    {
      args: { lastPurchase: null, onHand: lots([1, 1], [2, 2]), standardCost: null },
      title: 'rounds the average to the stored precision',
      unitCost: '1.666667',
    },
    {
      args: {
        lastPurchase: null,
        onHand: lots([5, 4], [-3, 100], [0, 100], [8, null]),
        standardCost: null,
      },
      title: 'leaves out empty or negative balances and lots of unknown cost',
      unitCost: '4',
    },
  ])('$title', ({ args, unitCost }) => {
    expect(view(currentCost(args))).toEqual({ source: 'on_hand', unitCost })
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
