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

describe('draftOrders', () => {
  it('makes one order per supplier, in the order the suppliers first appear, at each item’s cost', () => {
    const orders = draftOrders(
      [
        { item: 1, quantity: d(14), supplier: 9 },
        { item: 2, quantity: d('2.5'), supplier: 4 },
        { item: 3, quantity: d(1), supplier: 9 },
      ],
      (item) => costs.get(item)!,
    )
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
    const orders = draftOrders(
      [
        { item: 1, quantity: d(3), supplier: 9 },
        { item: 1, quantity: d('0.25'), supplier: 9 },
        { item: 1, quantity: d(5), supplier: 4 },
      ],
      (item) => costs.get(item)!,
    )
    expect(shown(orders)).toEqual([
      { lines: [[1, '3.25', '2']], supplier: 9 },
      { lines: [[1, '5', '2']], supplier: 4 },
    ])
  })

  it('makes nothing of nothing', () => {
    expect(draftOrders([], () => d(1))).toEqual([])
  })
})
