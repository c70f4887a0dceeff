import Big from 'big.js'
import { describe, expect, it } from 'vitest'

import { draftOrders } from './shortagePurchases'

const d = (value: number | string) => new Big(value)
const costs = new Map([
  [1, d(2)],
  [2, d('0.5')],
  [3, d(0)],
])

const shown = (orders: ReturnType<typeof draftOrders>) =>
  orders.map((o) => ({
    lines: o.lines.map((l) => [l.item, l.quantity.toFixed(), l.unitCost.toFixed()]),
    supplier: o.supplier,
  }))

/** The orders drafted for chosen lines, each [item, quantity, supplier], at `costs`. */
const drafted = (...chosen: [number, number | string, number][]) =>
  draftOrders(
    chosen.map(([item, quantity, supplier]) => ({ item, quantity: d(quantity), supplier })),
    (item) => costs.get(item)!,
  )

describe('draftOrders', () => {
  it('makes one order per supplier, in the order the suppliers first appear, at each item’s cost', () => {
    const orders = drafted([1, 14, 9], [2, '2.5', 4], [3, 1, 9])
    expect(shown(orders)).toEqual([
      {
        lines: [
          [1, '14', '2'],
          [3, '1', '0'],
        ],
        supplier: 9,
      },
      { lines: [[2, '2.5', '0.5']], supplier: 4 },
    ])
  })

  it('sums an item chosen twice from one supplier, and keeps it apart from another supplier', () => {
    const orders = drafted([1, 3, 9], [1, '0.25', 9], [1, 5, 4])
    expect(shown(orders)).toEqual([
      { lines: [[1, '3.25', '2']], supplier: 9 },
      { lines: [[1, '5', '2']], supplier: 4 },
    ])
  })

  it('makes nothing of nothing', () => {
    expect(draftOrders([], () => d(1))).toEqual([])
  })
})
