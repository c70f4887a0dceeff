import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  clientKeyOf,
  movementKeyOf,
  parseMovementKey,
  postingKeyOf,
  spokenKeyOf,
} from './idempotency'

describe('idempotency keys', () => {
  it('names the source and the event of a posting', () => {
    expect(postingKeyOf('purchase-orders', 12, 'receive/1')).toBe('purchase-orders/12/receive/1')
  })

  it('scopes a client key by user and action, apart from every system key', () => {
    const ada = { collection: 'users', id: 1 }
    expect(clientKeyOf(ada, 'postStockMovements', 'inventory-adjustments/3/post')).toBe(
      'client/users/1/postStockMovements/inventory-adjustments/3/post',
    )
    expect(clientKeyOf(ada, 'postStockMovements', 'k')).not.toBe(
      clientKeyOf({ collection: 'users', id: 2 }, 'postStockMovements', 'k'),
    )
    expect(clientKeyOf(ada, 'postStockMovements', 'k')).not.toBe(
      clientKeyOf(ada, 'reverseStockMovements', 'k'),
    )
    expect(clientKeyOf(ada, 'postStockMovements', 'k')).toBe(
      clientKeyOf(ada, 'postStockMovements', 'k'),
    )
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.constant('client')),
        fc.nat(),
        fc.string(),
        (collection, id, event) => {
          let key: string
          try {
            key = postingKeyOf(collection, id, event)
          } catch {
            return
          }
          expect(key.startsWith('client/')).toBe(false)
        },
      ),
    )
  })

  it('speaks of a client key as the client sent it', () => {
    const ada = { collection: 'users', id: 1 }
    fc.assert(
      fc.property(fc.string(), (key) => {
        expect(spokenKeyOf(clientKeyOf(ada, 'postStockMovements', key))).toBe(key)
        expect(
          spokenKeyOf(postingKeyOf('purchase-orders', 5, `receive/${clientKeyOf(ada, 'x', key)}`)),
        ).toBe(key)
      }),
    )
    expect(spokenKeyOf('inventory-adjustments/3/post')).toBe('inventory-adjustments/3/post')
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
