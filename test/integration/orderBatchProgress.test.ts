import { beforeAll, describe, expect, it } from 'vitest'

import { errorMessage, tableAndDough } from '../support/orderFixtures'
import { type SeededApp, seededApp } from '../support/seededApp'

describe("a batch order's batches under way", () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
  })

  const statuses = async (id: number) =>
    (
      await api.rest('GET', `/manufacturing-orders/${id}?depth=0`, { token: admin })
    ).body.outputs.map((r: any) => r.status)
  const record = (order: number, row: string) =>
    api.rest('POST', '/manufacturing/recordOrderOutput', { body: { order, row }, token: admin })

  it('starts the first batch at the first pick, and the next one as each completes', async () => {
    const f = await tableAndDough(payload)
    const created = await api.rest('POST', '/manufacturing-orders', {
      body: { batches: 3, location: f.floor, product: f.dough },
      token: admin,
    })
    const order = created.body.doc
    expect(order.outputs.map((r: any) => r.status)).toEqual(['pending', 'pending', 'pending'])

    const picked = await api.rest('POST', '/manufacturing/pickIngredients', {
      body: { lines: [{ ingredient: order.ingredients[0].id, quantity: 12 }], order: order.id },
      token: admin,
    })
    expect(picked.status, JSON.stringify(picked.body)).toBe(200)
    expect(await statuses(order.id)).toEqual(['in_progress', 'pending', 'pending'])

    expect((await record(order.id, '1')).status).toBe(200)
    expect(await statuses(order.id)).toEqual(['completed', 'in_progress', 'pending'])
    const query = await api.graphql(
      `query ($id: Int!) { ManufacturingOrder(id: $id) { outputs { batchNumber status } } }`,
      { id: order.id },
      admin,
    )
    expect(query.body.data.ManufacturingOrder.outputs).toEqual([
      { batchNumber: 1, status: 'completed' },
      { batchNumber: 2, status: 'in_progress' },
      { batchNumber: 3, status: 'pending' },
    ])
    expect((await record(order.id, '2')).status).toBe(200)
    expect(await statuses(order.id)).toEqual(['completed', 'completed', 'in_progress'])

    // The batch under way is not dropped by fewer batches.
    const fewer = await api.rest('PATCH', `/manufacturing-orders/${order.id}`, {
      body: { batches: 2 },
      token: admin,
    })
    expect(fewer.status).toBe(400)
    expect(errorMessage(fewer.body)).toMatch(/cannot be fewer than 3/)
    expect((await record(order.id, '3')).status).toBe(200)
    expect(await statuses(order.id)).toEqual(['completed', 'completed', 'completed'])
  })

  it('starts the first batch when output is recorded first, even out of order', async () => {
    const f = await tableAndDough(payload)
    const created = await api.rest('POST', '/manufacturing-orders', {
      body: { batches: 2, location: f.floor, product: f.dough },
      token: admin,
    })
    expect((await record(created.body.doc.id, '2')).status).toBe(200)
    expect(await statuses(created.body.doc.id)).toEqual(['in_progress', 'completed'])
  })
})
