import Big from 'big.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { sum } from '../../platform/rules/decimal'
import { type PurchasableItem, shortagePurchases } from './shortagePurchases'

const d = (value: number | string) => new Big(value)
const item = (available: number, supplier: null | number, standardCost = 1): PurchasableItem => ({
  available: d(available),
  standardCost: d(standardCost),
  supplier,
})

const shown = (result: ReturnType<typeof shortagePurchases>) => ({
  orders: result.orders.map((o) => ({
    lines: o.lines.map((l) => [l.item, l.quantity.toFixed(), l.unitCost.toFixed()]),
    supplier: o.supplier,
  })),
  unassigned: result.unassigned.map((u) => [u.item, u.quantity.toFixed()]),
})

describe('shortagePurchases', () => {
  it('orders the need beyond what is available from each item’s supplier', () => {
    const items = new Map([
      [1, item(40, 7, 2)],
      [2, item(0, 5, 5)],
      [3, { ...item(3, 7), standardCost: d('0.5') }],
      [4, item(100, 5)],
      [5, item(1, null)],
    ])
    const result = shortagePurchases(
      [
        { item: 1, required: d(30) },
        { item: 2, required: d('2.5') },
        { item: 3, required: d(4) },
        { item: 1, required: d(24) },
        { item: 4, required: d(10) },
        { item: 5, required: d(3) },
      ],
      items,
    )
    expect(shown(result)).toEqual({
      orders: [
        { lines: [[2, '2.5', '5']], supplier: 5 },
        {
          lines: [
            [1, '14', '2'],
            [3, '1', '0.5'],
          ],
          supplier: 7,
        },
      ],
      unassigned: [[5, '2']],
    })
  })

  it('orders nothing when nothing is short', () => {
    expect(
      shown(shortagePurchases([{ item: 1, required: d(5) }], new Map([[1, item(5, 3)]]))),
    ).toEqual({ orders: [], unassigned: [] })
  })

  it('orders exactly the shortage of every item, once', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            available: fc.integer({ max: 100, min: -20 }),
            required: fc.array(fc.integer({ max: 50, min: 0 }), { maxLength: 3, minLength: 1 }),
            supplier: fc.option(fc.integer({ max: 3, min: 1 })),
          }),
          { maxLength: 8, minLength: 1 },
        ),
        (specs) => {
          const items = new Map(specs.map((s, i) => [i, item(s.available, s.supplier)]))
          const needs = specs.flatMap((s, i) =>
            s.required.map((r) => ({ item: i, required: d(r) })),
          )
          const result = shortagePurchases(needs, items)
          const ordered = [
            ...result.orders.flatMap((o) => o.lines.map((l) => ({ ...l, supplier: o.supplier }))),
            ...result.unassigned.map((u) => ({ ...u, supplier: null })),
          ]
          specs.forEach((s, i) => {
            const short = Math.max(0, s.required.reduce((a, b) => a + b, 0) - s.available)
            const lines = ordered.filter((l) => l.item === i)
            expect(lines.length).toBe(short > 0 ? 1 : 0)
            if (short > 0) {
              expect(sum(lines.map((l) => l.quantity)).toFixed()).toBe(String(short))
              expect(lines[0]!.supplier).toBe(s.supplier)
            }
          })
        },
      ),
    )
  })
})
