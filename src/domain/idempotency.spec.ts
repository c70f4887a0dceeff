import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { movementKeyOf, parseMovementKey, postingKeyOf } from './idempotency'

describe('idempotency keys', () => {
  it('names the source and the event of a posting', () => {
    expect(postingKeyOf('purchase-orders', 12, 'receive/1')).toBe('purchase-orders/12/receive/1')
  })

  it('derives movement keys from the posting, line and part', () => {
    expect(movementKeyOf('inventory-adjustments/3/post', 2, 0)).toBe(
      'inventory-adjustments/3/post#2.0',
    )
  })

  it('reads back what it built, whatever the posting key holds (even # and dots)', () => {
    fc.assert(
      fc.property(fc.string(), fc.nat(10_000), fc.nat(100), (postingKey, line, part) => {
        expect(parseMovementKey(movementKeyOf(postingKey, line, part))).toEqual({
          line,
          part,
          postingKey,
        })
      }),
    )
  })

  it('gives different keys to different lines and parts', () => {
    const keys = new Set([
      movementKeyOf('k', 1, 0),
      movementKeyOf('k', 10, 0),
      movementKeyOf('k', 1, 1),
      movementKeyOf('k#1', 0, 0),
    ])
    expect(keys.size).toBe(4)
  })

  it('refuses what is not a movement key', () => {
    expect(parseMovementKey('no-line-here')).toBeNull()
    expect(parseMovementKey('k#1')).toBeNull()
  })
})
