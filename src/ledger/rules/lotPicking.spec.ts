import Big from 'big.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { decimal, sum } from '../../platform/rules/decimal'
import { isPickable, type LotCandidate, type LotStrategy, pickLots } from './lotPicking'

const now = new Date('2025-06-01T12:00:00Z')
const day = (n: number) => new Date(Date.UTC(2025, 0, 1 + n))

const lot = (
  id: number,
  available: Big.BigSource,
  receivedDay: number,
  extra: Partial<LotCandidate> = {},
): LotCandidate => ({
  available: decimal(available),
  disposition: 'available',
  expiresAt: null,
  lot: id,
  receivedAt: day(receivedDay),
  ...extra,
})

/** Picks as [lot, quantity] pairs, or the refusal. */
const picked = (
  candidates: LotCandidate[],
  quantity: Big.BigSource,
  strategy: LotStrategy,
): [number, string][] | string => {
  const result = pickLots(candidates, decimal(quantity), strategy, now)
  return result.ok
    ? result.picks.map((p) => [p.lot, p.quantity.toFixed()])
    : `${result.code} ${result.available.toFixed()}`
}

describe('isPickable', () => {
  it('takes an available lot with stock and no expiry', () => {
    expect(isPickable(lot(1, 5, 0), now)).toBe(true)
    expect(isPickable(lot(1, '0.000001', 0), now)).toBe(true)
  })

  it('never takes a blocked lot', () => {
    expect(isPickable(lot(1, 5, 0, { disposition: 'blocked' }), now)).toBe(false)
  })

  it('never takes a lot without stock', () => {
    expect(isPickable(lot(1, 0, 0), now)).toBe(false)
    expect(isPickable(lot(1, -3, 0), now)).toBe(false)
  })

  it('takes a lot until the instant it expires, not at or after it', () => {
    const at = (ms: number) => lot(1, 5, 0, { expiresAt: new Date(now.getTime() + ms) })
    expect(isPickable(at(1), now)).toBe(true)
    expect(isPickable(at(86_400_000), now)).toBe(true)
    expect(isPickable(at(0), now)).toBe(false)
    expect(isPickable(at(-1), now)).toBe(false)
  })
})

describe('pickLots', () => {
  const three = [lot(3, 4, 20), lot(1, 5, 0), lot(2, 6, 10)]

  it('FIFO takes the oldest receipt first, whatever order the rows came in', () => {
    expect(picked(three, 3, 'fifo')).toEqual([[1, '3']])
    expect(picked(three, 5, 'fifo')).toEqual([[1, '5']])
    expect(picked(three, 8, 'fifo')).toEqual([
      [1, '5'],
      [2, '3'],
    ])
    expect(picked(three, 15, 'fifo')).toEqual([
      [1, '5'],
      [2, '6'],
      [3, '4'],
    ])
  })

  it('LIFO takes the newest receipt first', () => {
    expect(picked(three, 3, 'lifo')).toEqual([[3, '3']])
    expect(picked(three, 7, 'lifo')).toEqual([
      [3, '4'],
      [2, '3'],
    ])
    expect(picked(three, 15, 'lifo')).toEqual([
      [3, '4'],
      [2, '6'],
      [1, '5'],
    ])
  })

  it('breaks ties of receipt time by lot id (ascending for FIFO, descending for LIFO)', () => {
    const tied = [lot(9, 1, 5), lot(4, 1, 5), lot(7, 1, 5)]
    expect(picked(tied, 3, 'fifo')).toEqual([
      [4, '1'],
      [7, '1'],
      [9, '1'],
    ])
    expect(picked(tied, 3, 'lifo')).toEqual([
      [9, '1'],
      [7, '1'],
      [4, '1'],
    ])
  })

  it('orders by the instant of receipt, not by the day', () => {
    const morning = lot(2, 1, 0, { receivedAt: new Date('2025-01-01T08:00:00Z') })
    const evening = lot(1, 1, 0, { receivedAt: new Date('2025-01-01T20:00:00Z') })
    expect(picked([evening, morning], 1, 'fifo')).toEqual([[2, '1']])
    expect(picked([evening, morning], 1, 'lifo')).toEqual([[1, '1']])
  })

  it('skips blocked, expired and empty lots', () => {
    const candidates = [
      lot(1, 5, 0, { disposition: 'blocked' }),
      lot(2, 5, 1, { expiresAt: now }),
      lot(3, 0, 2),
      lot(4, -2, 3),
      lot(5, 5, 4, { expiresAt: new Date(now.getTime() + 1) }),
      lot(6, 5, 5),
    ]
    expect(picked(candidates, 7, 'fifo')).toEqual([
      [5, '5'],
      [6, '2'],
    ])
    expect(picked(candidates, 7, 'lifo')).toEqual([
      [6, '5'],
      [5, '2'],
    ])
  })

  it('takes exact decimals', () => {
    const candidates = [lot(1, '0.1', 0), lot(2, '0.2', 1), lot(3, '0.3', 2)]
    expect(picked(candidates, '0.3', 'fifo')).toEqual([
      [1, '0.1'],
      [2, '0.2'],
    ])
    expect(picked(candidates, '0.6', 'fifo')).toEqual([
      [1, '0.1'],
      [2, '0.2'],
      [3, '0.3'],
    ])
    expect(picked(candidates, '0.600001', 'fifo')).toBe('insufficient_stock 0.6')
  })

  it('refuses when the pickable lots do not hold enough, counting only pickable stock', () => {
    const candidates = [
      lot(1, 5, 0),
      lot(2, 100, 1, { disposition: 'blocked' }),
      lot(3, 100, 2, { expiresAt: day(-1) }),
      lot(4, -50, 3),
      lot(5, 2, 4),
    ]
    expect(picked(candidates, 8, 'fifo')).toBe('insufficient_stock 7')
    expect(picked(candidates, 8, 'lifo')).toBe('insufficient_stock 7')
    expect(picked(candidates, 7, 'fifo')).toEqual([
      [1, '5'],
      [5, '2'],
    ])
  })

  it('refuses with nothing available when there are no lots', () => {
    expect(picked([], 1, 'fifo')).toBe('insufficient_stock 0')
    expect(picked([], 1, 'lifo')).toBe('insufficient_stock 0')
  })

  it('asks nothing of the lots for a zero quantity', () => {
    expect(picked([], 0, 'fifo')).toEqual([])
    expect(picked(three, 0, 'lifo')).toEqual([])
  })

  it('leaves the candidates as they were', () => {
    const candidates = [lot(3, 4, 20), lot(1, 5, 0), lot(2, 6, 10)]
    const before = candidates.map((c) => ({ ...c, available: c.available.toFixed() }))
    pickLots(candidates, decimal(12), 'lifo', now)
    pickLots(candidates, decimal(100), 'fifo', now)
    expect(candidates.map((c) => ({ ...c, available: c.available.toFixed() }))).toEqual(before)
  })
})

/** Random candidates: unique lot ids, receipt days with ties, some blocked, expired or empty. */
const candidatesArb = fc
  .uniqueArray(fc.integer({ min: 1, max: 60 }), { maxLength: 8 })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((id) =>
        fc.record({
          available: fc.integer({ min: -20, max: 40 }).map((n) => new Big(n).div(4)),
          disposition: fc.constantFrom('available', 'available', 'available', 'blocked'),
          expiresAt: fc
            .option(fc.integer({ min: -3, max: 3 }), { freq: 2 })
            .map((offset) =>
              offset === null ? null : new Date(now.getTime() + offset * 3_600_000),
            ),
          lot: fc.constant(id),
          receivedAt: fc.integer({ min: 0, max: 5 }).map(day),
        }),
      ),
    ),
  )
  .map((candidates): LotCandidate[] => candidates)

const quantityArb = fc.integer({ min: 1, max: 200 }).map((n) => new Big(n).div(4))
const strategyArb = fc.constantFrom<LotStrategy>('fifo', 'lifo')

/** Position of a lot in the strategy's order: smaller is taken first. */
const before = (strategy: LotStrategy) => (a: LotCandidate, b: LotCandidate) => {
  const order = a.receivedAt.getTime() - b.receivedAt.getTime() || a.lot - b.lot
  return strategy === 'fifo' ? order < 0 : order > 0
}

describe('pickLots properties', () => {
  it('succeeds exactly when the pickable lots hold enough, and then takes the quantity', () => {
    fc.assert(
      fc.property(candidatesArb, quantityArb, strategyArb, (candidates, quantity, strategy) => {
        const pickable = candidates.filter((c) => isPickable(c, now))
        const total = sum(pickable.map((c) => c.available))
        const result = pickLots(candidates, quantity, strategy, now)
        expect(result.ok).toBe(total.gte(quantity))
        if (!result.ok) {
          expect(result.code).toBe('insufficient_stock')
          expect(result.available.eq(total)).toBe(true)
          return
        }
        expect(sum(result.picks.map((p) => p.quantity)).eq(quantity)).toBe(true)
        expect(new Set(result.picks.map((p) => p.lot)).size).toBe(result.picks.length)
        for (const pick of result.picks) {
          const candidate = pickable.find((c) => c.lot === pick.lot)
          expect(candidate).toBeDefined()
          expect(pick.quantity.gt(0)).toBe(true)
          expect(pick.quantity.lte(candidate!.available)).toBe(true)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('never takes a later lot in the order while an earlier pickable one still has stock', () => {
    fc.assert(
      fc.property(candidatesArb, quantityArb, strategyArb, (candidates, quantity, strategy) => {
        const result = pickLots(candidates, quantity, strategy, now)
        if (!result.ok) return
        const taken = new Map(result.picks.map((p) => [p.lot, p.quantity]))
        const byId = new Map(candidates.map((c) => [c.lot, c]))
        const earlier = before(strategy)
        for (const pick of result.picks) {
          const lot = byId.get(pick.lot)!
          for (const other of candidates.filter((c) => isPickable(c, now) && earlier(c, lot))) {
            expect(taken.get(other.lot)?.eq(other.available)).toBe(true)
          }
        }
        // Picks come in the strategy's order; only the last may leave stock behind.
        result.picks.forEach((pick, i) => {
          if (i > 0)
            expect(earlier(byId.get(result.picks[i - 1]!.lot)!, byId.get(pick.lot)!)).toBe(true)
          if (i < result.picks.length - 1)
            expect(pick.quantity.eq(byId.get(pick.lot)!.available)).toBe(true)
        })
      }),
      { numRuns: 300 },
    )
  })

  it('does not depend on the order the candidates come in', () => {
    fc.assert(
      fc.property(
        candidatesArb.chain((c) =>
          fc.tuple(fc.constant(c), fc.shuffledSubarray(c, { minLength: c.length })),
        ),
        quantityArb,
        strategyArb,
        ([candidates, shuffled], quantity, strategy) => {
          const a = pickLots(candidates, quantity, strategy, now)
          const b = pickLots(shuffled, quantity, strategy, now)
          expect(JSON.stringify(b)).toBe(JSON.stringify(a))
        },
      ),
      { numRuns: 200 },
    )
  })

  it('LIFO is FIFO over the mirrored order of receipt', () => {
    fc.assert(
      fc.property(candidatesArb, quantityArb, (candidates, quantity) => {
        const mirrored = candidates.map((c) => ({
          ...c,
          lot: 1000 - c.lot,
          receivedAt: new Date(-c.receivedAt.getTime()),
        }))
        const lifo = pickLots(candidates, quantity, 'lifo', now)
        const fifo = pickLots(mirrored, quantity, 'fifo', now)
        expect(fifo.ok).toBe(lifo.ok)
        if (lifo.ok && fifo.ok) {
          expect(fifo.picks.map((p) => [1000 - p.lot, p.quantity.toFixed()])).toEqual(
            lifo.picks.map((p) => [p.lot, p.quantity.toFixed()]),
          )
        }
      }),
      { numRuns: 200 },
    )
  })
})
