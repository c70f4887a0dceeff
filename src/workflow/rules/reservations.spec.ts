import Big from 'big.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { sum, zero } from '../../platform/rules/decimal'
import {
  type HeldReservation,
  reservable,
  reservationChanges,
  reservationTarget,
} from './reservations'

const d = (n: number | string) => new Big(n)
const floor = 7
const held = (item: number, lot: number, quantity: number, location = floor): HeldReservation => ({
  item,
  location,
  lot,
  quantity: d(quantity),
})

describe('reservationTarget', () => {
  it('reserves unconsumed material and product lines, summed per item, never resources or outputs', () => {
    const target = reservationTarget(
      [
        { action: 'deduct_materials', id: 'a', item: 1, quantity: d(2) },
        { action: 'deduct_materials', id: 'b', item: 1, quantity: d('0.5') },
        { action: 'deduct_products', id: 'c', item: 2, quantity: d(3) },
        { action: 'deduct_resources', id: 'd', item: 3, quantity: d(4) },
        { action: 'add_products', id: 'output', item: 4, quantity: d(5) },
        { action: 'deduct_materials', id: 'e', item: 5, quantity: d(6) },
      ],
      new Set(['e']),
    )
    expect([...target].map(([item, q]) => [item, q.toFixed()])).toEqual([
      [1, '2.5'],
      [2, '3'],
    ])
  })
})

describe('reservationChanges', () => {
  it('reserves a deficit and releases an excess from the newest lots first', () => {
    const { release, reserve } = reservationChanges(
      [held(1, 10, 4), held(1, 11, 3), held(2, 20, 1)],
      new Map([
        [1, d(2)],
        [2, d(5)],
      ]),
      new Set(),
      floor,
    )
    expect(release.map((r) => [r.item, r.lot, r.quantity.toFixed()])).toEqual([
      [1, 11, '3'],
      [1, 10, '2'],
    ])
    expect([...reserve].map(([item, q]) => [item, q.toFixed()])).toEqual([[2, '4']])
  })

  it('releases an item about to be consumed whole, and reserves what is still due afterwards', () => {
    const { release, reserve } = reservationChanges(
      [held(1, 10, 4)],
      new Map([[1, d(1)]]),
      new Set([1]),
      floor,
    )
    expect(release.map((r) => r.quantity.toFixed())).toEqual(['4'])
    expect(reserve.get(1)?.toFixed()).toBe('1')
  })

  it('releases whatever is held at another location and reserves the target at the new one', () => {
    const { release, reserve } = reservationChanges(
      [held(1, 10, 4, 99)],
      new Map([[1, d(4)]]),
      new Set(),
      floor,
    )
    expect(release.map((r) => [r.location, r.quantity.toFixed()])).toEqual([[99, '4']])
    expect(reserve.get(1)?.toFixed()).toBe('4')
  })

  it('moves nothing when what is held is the target', () => {
    const changes = reservationChanges([held(1, 10, 4)], new Map([[1, d(4)]]), new Set(), floor)
    expect(changes.release).toEqual([])
    expect(changes.reserve.size).toBe(0)
  })

  it('after its changes the holding equals the target, item by item, when stock suffices', () => {
    const item = fc.integer({ min: 1, max: 4 })
    const quantity = fc.integer({ min: 0, max: 50 })
    fc.assert(
      fc.property(
        fc.array(fc.tuple(item, fc.integer({ min: 1, max: 9 }), quantity), { maxLength: 8 }),
        fc.array(fc.tuple(item, quantity), { maxLength: 4 }),
        fc.array(item, { maxLength: 2 }),
        (heldRows, targetRows, consuming) => {
          const unique = new Map(heldRows.map(([i, lot, q]) => [`${i}:${lot}`, held(i, lot, q)]))
          const holding = [...unique.values()]
          const target = new Map(targetRows.map(([i, q]) => [i, d(q)]))
          const { release, reserve } = reservationChanges(
            holding,
            target,
            new Set(consuming),
            floor,
          )
          for (const i of [1, 2, 3, 4]) {
            const before = sum(holding.filter((h) => h.item === i).map((h) => h.quantity))
            const released = sum(release.filter((r) => r.item === i).map((r) => r.quantity))
            const after = before.minus(released).plus(reserve.get(i) ?? zero)
            expect(after.toFixed()).toBe((target.get(i) ?? zero).toFixed())
            for (const r of release.filter((r) => r.item === i)) {
              const lot = holding.find((h) => h.item === i && h.lot === r.lot)!
              expect(r.quantity.lte(lot.quantity) && r.quantity.gt(0)).toBe(true)
            }
          }
        },
      ),
    )
  })
})

describe('reservable', () => {
  it('is the wanted quantity as far as available stock goes, never negative', () => {
    expect(reservable(d(5), d(3)).toFixed()).toBe('3')
    expect(reservable(d(2), d(3)).toFixed()).toBe('2')
    expect(reservable(d(2), d(-1)).toFixed()).toBe('0')
  })
})
