import Big from 'big.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { lotsInProcess, pickLostLots } from './workInProcess'

const d = (value: number | string) => new Big(value)
const received = new Map([
  [1, new Date('2026-01-01')],
  [2, new Date('2026-02-01')],
])

describe('work in process', () => {
  it('holds per lot what the stage took in minus what it lost', () => {
    const held = lotsInProcess(
      [
        { lot: 1, quantity: d(60) },
        { lot: 2, quantity: d(40) },
        { lot: 1, quantity: d(5) },
      ],
      [{ lot: 1, quantity: d(10) }],
    )
    expect([...held].map(([lot, q]) => [lot, q.toFixed()])).toEqual([
      [1, '55'],
      [2, '40'],
    ])
  })

  it('takes a loss from the oldest lot first, or the newest for LIFO', () => {
    const held = new Map([
      [1, d(5)],
      [2, d(40)],
    ])
    const fifo = pickLostLots(held, received, d(8), 'fifo')
    expect(fifo.ok && fifo.picks.map((p) => [p.lot, p.quantity.toFixed()])).toEqual([
      [1, '5'],
      [2, '3'],
    ])
    const lifo = pickLostLots(held, received, d(8), 'lifo')
    expect(lifo.ok && lifo.picks.map((p) => [p.lot, p.quantity.toFixed()])).toEqual([[2, '8']])
  })

  it('refuses to lose more than the stage holds, saying how much it holds', () => {
    const picked = pickLostLots(new Map([[1, d(2.5)]]), received, d(3), 'fifo')
    expect(picked).toMatchObject({ ok: false })
    expect(!picked.ok && picked.available.toFixed()).toBe('2.5')
    expect(pickLostLots(new Map([[1, d(0)]]), received, d(1), 'fifo').ok).toBe(false)
  })

  it('never takes more of a lot than it holds, and takes exactly the loss', () => {
    const lot = fc.record({
      lot: fc.constantFrom(1, 2, 3),
      quantity: fc.integer({ max: 100_000, min: 1 }).map((n) => d(n).div(100)),
    })
    fc.assert(
      fc.property(fc.array(lot), fc.integer({ max: 500_000, min: 1 }), (taken, n) => {
        const held = lotsInProcess(taken, [])
        const loss = d(n).div(100)
        const total = [...held.values()].reduce((a, b) => a.plus(b), d(0))
        const picked = pickLostLots(held, received, loss, 'fifo')
        expect(picked.ok).toBe(loss.lte(total))
        if (!picked.ok) return
        expect(picked.picks.reduce((a, p) => a.plus(p.quantity), d(0)).eq(loss)).toBe(true)
        for (const pick of picked.picks) expect(pick.quantity.lte(held.get(pick.lot)!)).toBe(true)
      }),
    )
  })
})
