import { APIError, createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { runSeed } from '../../demo/seed/runSeed'
import { post, reverse } from '../../src/ledger'
import { inventoryFixtures, onHandOf } from '../support/inventoryFixtures'
import { testPayload } from '../support/testPayload'

/**
 * An extension that calls the ledger from a custom endpoint gets a request with no transaction
 * (Payload opens none for custom endpoints): the ledger must open its own, or the balance locks
 * are released statement by statement and concurrent postings overdraw.
 */
describe('the ledger called with a request that has no transaction', () => {
  let payload: Awaited<ReturnType<typeof testPayload>>['payload']

  beforeAll(async () => {
    ;({ payload } = await testPayload())
    await runSeed(payload)
  })

  const statusOf = async (work: Promise<unknown>): Promise<number> => {
    try {
      await work
      return 200
    } catch (error) {
      if (error instanceof APIError) return error.status
      throw error
    }
  }

  it('serializes two concurrent consumptions of 20 from 30 under refuse: one passes, one gets 409', async () => {
    for (let round = 0; round < 10; round++) {
      const f = await inventoryFixtures(payload, { negativeStock: 'refuse' })
      await post(await createLocalReq({}, payload), {
        key: `own-receipt-${f.tag}`,
        lines: [
          {
            from: f.virtual.supplier,
            item: f.item,
            newLot: { unitCost: 1 },
            quantity: 30,
            reason: 'receipt',
            to: f.warehouse,
          },
        ],
      })
      const consume = async (n: number) =>
        post(await createLocalReq({}, payload), {
          key: `own-consume-${f.tag}-${n}`,
          lines: [
            {
              from: f.warehouse,
              item: f.item,
              quantity: 20,
              reason: 'consume',
              to: f.virtual.production,
            },
          ],
        })
      const statuses = await Promise.all([statusOf(consume(1)), statusOf(consume(2))])
      expect(statuses.sort()).toEqual([200, 409])
      expect((await onHandOf(payload, f.item)).get(f.warehouse)).toBe(10)
    }
  })

  it('commits a reversal on its own and rolls back a refused posting whole', async () => {
    const f = await inventoryFixtures(payload, { negativeStock: 'refuse' })
    const req = await createLocalReq({}, payload)
    await post(req, {
      key: `own-in-${f.tag}`,
      lines: [
        {
          from: f.virtual.supplier,
          item: f.item,
          newLot: { unitCost: 1 },
          quantity: 5,
          reason: 'receipt',
          to: f.warehouse,
        },
      ],
    })
    expect(req.transactionID).toBeUndefined()
    const refused = post(await createLocalReq({}, payload), {
      key: `own-too-much-${f.tag}`,
      lines: [
        { from: f.warehouse, item: f.item, quantity: 2, reason: 'transfer', to: f.floor },
        { from: f.warehouse, item: f.item, quantity: 4, reason: 'transfer', to: f.floor },
      ],
    })
    expect(await statusOf(refused)).toBe(409)
    expect((await onHandOf(payload, f.item)).get(f.warehouse)).toBe(5)
    await reverse(await createLocalReq({}, payload), {
      key: `own-undo-${f.tag}`,
      postingKey: `own-in-${f.tag}`,
    })
    expect((await onHandOf(payload, f.item)).get(f.warehouse)).toBe(0)
  })
})
