import Big from 'big.js'
import { describe, expect, it } from 'vitest'

import {
  type InventoryAddition,
  planUndo,
  returnedShare,
  undoableOf,
} from './undoInventoryAddition'

const d = (value: number | string) => new Big(value)

/** 4 toys made from 8 plastic (lot 11 at 2) and 4 paint (3 from lot 21 at 5, 1 from lot 22 at 6). */
const toys = (over: Partial<InventoryAddition> = {}): InventoryAddition => ({
  consumed: [
    { item: 1, lot: 11, movement: 101, quantity: d(8), unitCost: d(2) },
    { item: 2, lot: 21, movement: 102, quantity: d(3), unitCost: d(5) },
    { item: 2, lot: 22, movement: 103, quantity: d(1), unitCost: d(6) },
  ],
  key: 'boms/1/add-to-inventory/a',
  lot: 31,
  produced: d(4),
  remaining: d(4),
  undone: d(0),
  ...over,
})

const shown = (plan: ReturnType<typeof planUndo>) =>
  plan.ok
    ? plan.steps.map((s) => ({
        key: s.key,
        quantity: s.quantity.toFixed(),
        returns: s.returns.map((r) => [r.lot, r.quantity.toFixed(), r.unitCost.toFixed()]),
      }))
    : plan

describe('planUndo', () => {
  it('gives the components back in proportion, into their lots at their cost', () => {
    expect(shown(planUndo([toys()], d(1)))).toEqual([
      {
        key: 'boms/1/add-to-inventory/a',
        quantity: '1',
        returns: [
          [11, '2', '2'],
          [21, '0.75', '5'],
          [22, '0.25', '6'],
        ],
      },
    ])
  })

  it('takes from the latest production first, then the earlier ones', () => {
    const latest = toys({ key: 'late', lot: 32, produced: d(2), remaining: d(2) })
    const plan = planUndo([latest, toys({ key: 'early' })], d(3))
    expect(plan.ok && plan.steps.map((s) => [s.key, s.quantity.toFixed()])).toEqual([
      ['late', '2'],
      ['early', '1'],
    ])
  })

  it('undoes only what the lot still holds and was not undone before', () => {
    expect(undoableOf(toys({ remaining: d(1) })).toFixed()).toBe('1')
    expect(undoableOf(toys({ undone: d(3) })).toFixed()).toBe('1')
    expect(undoableOf(toys({ remaining: d(-2) })).toFixed()).toBe('0')
    const plan = planUndo([toys({ remaining: d(1) }), toys({ key: 'b', undone: d(3) })], d(3))
    expect(plan).toMatchObject({ code: 'more_than_added', ok: false })
    expect(!plan.ok && [plan.requested.toFixed(), plan.undoable.toFixed()]).toEqual(['3', '2'])
  })

  it('returns the rest exactly when the last of a production is undone', () => {
    const thirds = toys({
      consumed: [{ item: 1, lot: 11, movement: 101, quantity: d(1), unitCost: d(3) }],
      produced: d(3),
      remaining: d(3),
    })
    const first = planUndo([thirds], d(1))
    expect(first.ok && first.steps[0]!.returns[0]!.quantity.toFixed()).toBe('0.333333')
    const second = planUndo([{ ...thirds, remaining: d(2), undone: d(1) }], d(1))
    expect(second.ok && second.steps[0]!.returns[0]!.quantity.toFixed()).toBe('0.333334')
    const last = planUndo([{ ...thirds, remaining: d(1), undone: d(2) }], d(1))
    expect(last.ok && last.steps[0]!.returns[0]!.quantity.toFixed()).toBe('0.333333')
  })

  it('leaves out a component whose share rounds to nothing', () => {
    const plan = planUndo(
      [
        toys({
          consumed: [{ item: 1, lot: 11, movement: 101, quantity: d('0.000001'), unitCost: d(1) }],
          produced: d(10),
          remaining: d(10),
        }),
      ],
      d(1),
    )
    expect(plan.ok && plan.steps[0]!.returns).toEqual([])
  })
})

describe('returnedShare', () => {
  it('is the whole consumption once everything is undone', () => {
    expect(returnedShare(d('7.123457'), d(3), d(3)).toFixed()).toBe('7.123457')
    expect(returnedShare(d(1), d(0), d(3)).toFixed()).toBe('0')
  })
})
