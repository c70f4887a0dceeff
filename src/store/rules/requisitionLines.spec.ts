import Big from 'big.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  planRequisitions,
  isClosedRequisition,
  requisitionState,
  shareOut,
  supplyStatusOf,
  type ExecutionNeeds,
} from './requisitionLines'

const d = (value: number | string) => new Big(value)
const need = (
  id: number,
  floor: number,
  day: string,
  requirements: [string, number, number, number?][],
): ExecutionNeeds => ({
  day,
  floor,
  id,
  requirements: requirements.map(([rid, item, required, requested = 0]) => ({
    execution: id,
    id: rid,
    item,
    required: d(required),
    requested: d(requested),
  })),
})

describe('planRequisitions', () => {
  it('merges an item across executions on one floor and day, keeping each share', () => {
    const [req, ...rest] = planRequisitions([
      need(2, 7, '2026-12-08', [['b', 100, 5]]),
      need(1, 7, '2026-12-08', [
        ['a', 100, 10],
        ['c', 101, 3],
      ]),
    ])
    expect(rest).toEqual([])
    expect(req!.executions).toEqual([1, 2])
    expect(
      req!.lines.map((l) => [l.item, l.required.toFixed(), l.links.map((k) => k.requirement)]),
    ).toEqual([
      [100, '15', ['a', 'b']],
      [101, '3', ['c']],
    ])
  })

  it('raises one requisition per floor and day, and asks only what was not asked yet', () => {
    const planned = planRequisitions([
      need(1, 7, '2026-12-08', [['a', 100, 10, 4]]),
      need(2, 8, '2026-12-08', [['b', 100, 5, 5]]),
      need(3, 7, '2026-12-09', [['c', 100, 2]]),
    ])
    expect(planned.map((p) => [p.floor, p.day, p.lines[0]!.required.toFixed()])).toEqual([
      [7, '2026-12-08', '6'],
      [7, '2026-12-09', '2'],
    ])
  })
})

describe('shareOut', () => {
  it('fills the first links first', () => {
    expect(shareOut(d(12), [{ quantity: d(10) }, { quantity: d(5) }]).map(String)).toEqual([
      '10',
      '2',
    ])
  })

  it('never gives a link more than its share, and gives out all it can', () => {
    fc.assert(
      fc.property(
        fc.integer({ max: 1000, min: 0 }),
        fc.array(fc.integer({ max: 100, min: 1 }), { maxLength: 6 }),
        (quantity, shares) => {
          const links = shares.map((q) => ({ quantity: d(q) }))
          const out = shareOut(d(quantity), links)
          out.forEach((share, i) => expect(share.lte(links[i]!.quantity)).toBe(true))
          const given = out.reduce((a, b) => a.plus(b), d(0))
          expect(
            given.eq(
              Math.min(
                quantity,
                shares.reduce((a, b) => a + b, 0),
              ),
            ),
          ).toBe(true)
        },
      ),
    )
  })
})

describe('supplyStatusOf', () => {
  const progress = (required: number, requested: number, picked = 0, issued = 0, staged = 0) => ({
    issued: d(issued),
    picked: d(picked),
    requested: d(requested),
    required: d(required),
    staged: d(staged),
  })

  it('follows the furthest step the whole request reached', () => {
    expect(supplyStatusOf(progress(10, 0))).toEqual({ detail: '', status: 'not_requested' })
    expect(supplyStatusOf(progress(10, 10))).toEqual({ detail: '', status: 'requisitioned' })
    expect(supplyStatusOf(progress(10, 10, 10)).status).toBe('picked')
    expect(supplyStatusOf(progress(10, 10, 10, 10)).status).toBe('issued')
    expect(supplyStatusOf(progress(10, 10, 10, 10, 10))).toEqual({
      detail: '',
      status: 'in_trolley',
    })
  })

  it('shows the quantities of a partial step', () => {
    expect(supplyStatusOf(progress(10, 10, 4))).toEqual({
      detail: 'requested 10 · picked 4 of 10',
      status: 'requisitioned',
    })
    expect(supplyStatusOf(progress(10, 10, 10, 6)).detail).toBe(
      'requested 10 · picked 10 · issued 6 of 10',
    )
  })
})

describe('requisitionState', () => {
  const line = (
    required: number,
    picked = 0,
    issued = 0,
    staged = 0,
    returned = 0,
    consumed = 0,
  ) => ({
    consumed: d(consumed),
    issued: d(issued),
    picked: d(picked),
    required: d(required),
    returned: d(returned),
    staged: d(staged),
  })

  it('is the step every line has reached', () => {
    expect(requisitionState([line(5), line(3)], false)).toBe('requested')
    expect(requisitionState([line(5, 5), line(3)], false)).toBe('picking')
    expect(requisitionState([line(5, 5), line(3, 3)], false)).toBe('picked')
    expect(requisitionState([line(5, 5, 5), line(3, 3, 3)], false)).toBe('issued')
    expect(requisitionState([line(5, 5, 5, 5), line(3, 3, 3, 3)], false)).toBe('in_trolley')
    expect(requisitionState([line(5, 5, 5, 0, 5)], false)).toBe('returned')
    expect(requisitionState([line(5, 5, 5, 0, 5), line(3, 3, 3, 3, 3)], false)).toBe('returned')
  })

  it('stays open while stock picked and not issued is held at the store', () => {
    expect(requisitionState([line(10, 10, 4, 0, 4)], false)).toBe('picking')
    expect(requisitionState([line(5, 5, 5, 0, 5), line(3, 3)], false)).toBe('picking')
    expect(requisitionState([line(5, 5)], true)).toBe('cancelled')
  })

  it('closes as consumed once what production did not consume is back in store', () => {
    expect(requisitionState([line(5, 5, 5, 0, 0, 5), line(3, 3, 3, 0, 0, 3)], false)).toBe(
      'consumed',
    )
    // Partly consumed, the rest still on the trolley: it stays where it was.
    expect(requisitionState([line(5, 5, 5, 3, 0, 2)], false)).toBe('in_trolley')
    expect(requisitionState([line(5, 5, 5, 0, 0, 2)], false)).toBe('issued')
    expect(requisitionState([line(5, 5, 5, 0, 3, 2)], false)).toBe('consumed')
    // Picked stock still held at the store keeps it open.
    expect(requisitionState([line(5, 5, 3, 0, 0, 3)], false)).toBe('picked')
  })

  it('names the closed states', () => {
    expect(isClosedRequisition('consumed')).toBe(true)
    expect(isClosedRequisition('returned')).toBe(true)
    expect(isClosedRequisition('in_trolley')).toBe(false)
    expect(isClosedRequisition(undefined)).toBe(false)
  })
})
