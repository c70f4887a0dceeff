import { beforeAll, describe, expect, it } from 'vitest'

import { today } from '../../src/workflow/productionDay'
import { statusesByName, toyFixtures } from '../support/productionFixtures'
import { type SeededApp, seededApp } from '../support/seededApp'

/**
 * What the shop floor's retry relies on: a status move sent again after it was made (its answer
 * lost) posts nothing more; a completion sent again is refused, so the retry reads first.
 */
describe('a shop floor step sent twice', () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string
  let s: Record<string, number>

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
    s = await statusesByName(payload)
  })

  const movements = async (id: number) =>
    (
      await payload.find({
        collection: 'stock-movements',
        depth: 0,
        pagination: false,
        where: {
          and: [
            { sourceCollection: { equals: 'executions' } },
            { sourceId: { equals: String(id) } },
          ],
        },
      })
    ).docs.map((m) => [m.reason, m.quantity])

  it('posts a move to a deducting status and a completion once, as the Operator', async () => {
    const f = await toyFixtures(payload)
    const created = await api.rest('POST', '/executions', {
      body: {
        plannedQuantity: 2,
        product: f.toy,
        productionDate: today(),
        productionFloor: f.floor,
      },
      token: admin,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.doc.id
    const operator = await api.login('operator@example.com', 'operator')
    const names = Object.keys(s)
    const send = (status: number, data: Record<string, unknown> = {}) =>
      api.rest('PATCH', `/executions/${id}?depth=0`, { body: { ...data, status }, token: operator })

    const second = s[names[1]!]!
    expect((await send(second)).status).toBe(200)
    const afterFirst = await movements(id)
    expect(afterFirst.length).toBeGreaterThan(0)
    expect((await send(second)).status).toBe(200)
    expect(await movements(id)).toEqual(afterFirst)

    const last = s[names.at(-1)!]!
    expect((await send(last, { producedQuantity: 2 })).status).toBe(200)
    const completed = await movements(id)
    expect(completed.filter(([reason]) => reason === 'produce')).toEqual([['produce', 2]])
    // Sent again once completed, it is refused as a change to locked work (which is why the shop
    // floor reads the execution before it retries), and nothing more is posted.
    expect((await send(last, { producedQuantity: 2 })).status).toBe(409)
    expect(await movements(id)).toEqual(completed)
  })
})
