import { describe, expect, it } from 'vitest'

import { finalOf, keysAroundFinal, orderWith } from './statusOrder'

const statuses = [
  { id: 1, key: 'a0' },
  { id: 2, key: 'a1' },
  { id: 3, key: 'a2' },
]

describe('status order', () => {
  it('orders by key as Postgres does (by code unit, so "Z" sorts before "a")', () => {
    expect(orderWith(statuses, { id: 2, key: 'a3' })).toEqual([1, 3, 2])
    expect(orderWith(statuses, { id: 4, key: 'Zz' })).toEqual([4, 1, 2, 3])
    expect(orderWith(statuses, { id: 4, key: 'a1V' })).toEqual([1, 2, 4, 3])
  })

  it('finds the final status after a move', () => {
    expect(finalOf(orderWith(statuses, { id: 3, key: 'a0V' }))).toBe(2)
    expect(finalOf(orderWith(statuses, { id: 1, key: 'a5' }))).toBe(1)
    expect(finalOf(orderWith(statuses, { id: 2, key: 'a0V' }))).toBe(3)
    expect(finalOf([])).toBeNull()
  })

  it('places a new status between the last two, or alone when it is the first', () => {
    expect(keysAroundFinal(statuses)).toEqual({ after: 'a1', before: 'a2' })
    expect(keysAroundFinal([{ id: 1, key: 'a0' }])).toEqual({ after: null, before: 'a0' })
    expect(keysAroundFinal([])).toEqual({ after: null, before: null })
  })
})
