import { beforeAll, describe, expect, it } from 'vitest'

import { onHandAt, statusesByName } from '../support/productionFixtures'
import { errorMessage, firstProductionFloor, tableAndDough } from '../support/orderFixtures'
import { type SeededApp, seededApp } from '../support/seededApp'

describe('manufacturing orders from BOMs', () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
  })

  const send = (lines: unknown[], token = admin) =>
    api.rest('POST', '/manufacturing/createManufacturingOrdersFromBoms', {
      body: { lines },
      token,
    })
  const orderCount = async () =>
    (await payload.count({ collection: 'manufacturing-orders' })).totalDocs
  const orderDoc = (id: number) =>
    payload.findByID({ collection: 'manufacturing-orders', depth: 0, id })

  it('creates an order per line from its recipe: a discrete one and one in batches', async () => {
    const f = await tableAndDough(payload)
    const { body, status } = await send([
      { bom: f.tableBom, deadline: '2026-12-10', location: f.floor, quantity: 2 },
      { batches: 3, bom: f.doughBom },
    ])
    expect(status, JSON.stringify(body)).toBe(200)
    expect(body.created).toEqual([
      {
        bom: f.tableBom,
        id: expect.any(Number),
        mode: 'discrete',
        orderNumber: expect.stringMatching(/^MO-\d+$/),
        product: f.table,
        quantity: '2',
      },
      {
        batches: 3,
        bom: f.doughBom,
        id: expect.any(Number),
        mode: 'batch',
        orderNumber: expect.stringMatching(/^MO-\d+$/),
        product: f.dough,
        quantity: '60',
      },
    ])
    const table = await orderDoc(body.created[0].id)
    const dough = await orderDoc(body.created[1].id)
    expect(table).toMatchObject({ bom: f.tableBom, location: f.floor, quantity: 2 })
    expect(table.deadline?.slice(0, 10)).toBe('2026-12-10')
    expect(table.ingredients!.map((row) => [row.item, row.plannedQuantity])).toEqual([
      [f.top, 2],
      [f.screw, 10],
      [f.leg, 8],
    ])
    // No location: the first production floor, as for executions.
    expect(dough).toMatchObject({ batches: 3, location: await firstProductionFloor(payload) })
    expect(dough.deadline ?? null).toBeNull()
    expect(dough.ingredients!.map((row) => [row.item, row.plannedQuantity])).toEqual([
      [f.flour, 36],
      [f.water, 24],
    ])
    expect(dough.outputs).toHaveLength(3)
  })

  it('makes a quantity of a batch product in the whole batches that cover it, over GraphQL', async () => {
    const f = await tableAndDough(payload)
    const { body } = await api.graphql(
      `mutation ($lines: JSON!) { createManufacturingOrdersFromBoms(lines: $lines) }`,
      { lines: [{ bom: f.doughBom, location: f.floor, quantity: '30' }] },
      admin,
    )
    const [created] = body.data.createManufacturingOrdersFromBoms.created
    expect(created).toMatchObject({ batches: 2, mode: 'batch', product: f.dough, quantity: '40' })
    expect(await orderDoc(created.id)).toMatchObject({ batches: 2, mode: 'batch' })
  })

  it('refuses a bad line naming it, and creates none of the lines', async () => {
    const f = await tableAndDough(payload)
    const old = await payload.create({
      collection: 'boms',
      data: {
        active: false,
        basis: 'per_unit',
        components: [{ item: f.top, quantity: 2 }],
        outputQuantity: 1,
        product: f.table,
      },
    })
    const before = await orderCount()
    const inactive = await send([
      { bom: f.tableBom, quantity: 1 },
      { bom: old.id, quantity: 1 },
    ])
    expect(inactive.status).toBe(400)
    expect(errorMessage(inactive.body)).toBe(
      `lines[1].bom: bill of materials ${old.id} is not its product's active recipe`,
    )
    const cases: [unknown[], string][] = [
      [
        [
          { bom: f.tableBom, quantity: 1 },
          { bom: 999_999, quantity: 1 },
        ],
        'lines[1].bom: no bill of materials with id 999999',
      ],
      [
        [{ bom: f.doughBom, batches: 1.5 }],
        'lines[0].batches: must be a whole number of batches, at least 1',
      ],
      [
        [{ batches: 1, bom: f.doughBom, quantity: 20 }],
        'lines[0].quantity: give a quantity or a number of batches, not both',
      ],
      [[{ bom: f.tableBom }], 'lines[0].quantity: give a quantity or a number of batches'],
      [[{ bom: f.tableBom, quantity: 0 }], 'lines[0].quantity: must be greater than zero'],
      [
        [{ bom: f.tableBom, deadline: '2026-02-30', quantity: 1 }],
        'lines[0].deadline: 2026-02-30 is not a day of the calendar',
      ],
    ]
    for (const [lines, expected] of cases) {
      const refused = await send(lines)
      expect(refused.status, expected).toBe(400)
      expect(errorMessage(refused.body)).toBe(expected)
    }
    const warehouse = await payload.create({
      collection: 'locations',
      data: { kind: 'warehouse', name: `Store ${f.tag}` },
    })
    const place = await send([{ bom: f.tableBom, location: warehouse.id, quantity: 1 }])
    expect(errorMessage(place.body)).toBe(
      `lines[0].location: location ${warehouse.id} is not a production floor`,
    )
    const gql = await api.graphql(
      `mutation ($lines: JSON!) { createManufacturingOrdersFromBoms(lines: $lines) }`,
      { lines: [{ bom: f.tableBom, quantity: 1 }, { quantity: 1 }] },
      admin,
    )
    expect(gql.body.errors[0].extensions.data.errors[0].message).toBe(
      'lines[1].bom: must be the id of a bill of materials',
    )
    expect(await orderCount()).toBe(before)
  })

  it('undoes every line when the stock posted for a later one runs short, naming it', async () => {
    const f = await tableAndDough(payload)
    const settings = await payload.findGlobal({ depth: 0, slug: 'production-settings' })
    const s = await statusesByName(payload)
    // New orders start where materials are deducted: creating one posts them.
    await payload.updateGlobal({ data: { defaultStatus: s.Painting }, slug: 'production-settings' })
    try {
      const before = await orderCount()
      const { body, status } = await send([
        { batches: 1, bom: f.doughBom, location: f.floor },
        { bom: f.tableBom, location: f.floor, quantity: 11 },
      ])
      expect(status).toBe(409)
      expect(errorMessage(body)).toMatch(/^lines\[1\]: not enough TOP-.* 10 available, 11 required/)
      expect(await orderCount()).toBe(before)
      expect(await onHandAt(payload, f.flour, f.floor)).toBe(100)
      expect(await onHandAt(payload, f.top, f.floor)).toBe(10)
    } finally {
      await payload.updateGlobal({
        data: { defaultStatus: settings.defaultStatus },
        slug: 'production-settings',
      })
    }
  })

  it('needs the permission to create manufacturing orders', async () => {
    const f = await tableAndDough(payload)
    const lines = [{ bom: f.tableBom, quantity: 1 }]
    expect(
      (
        await api.rest('POST', '/manufacturing/createManufacturingOrdersFromBoms', {
          body: { lines },
        })
      ).status,
    ).toBe(401)
    const viewer = await api.login('viewer@example.com', 'viewer')
    expect((await send(lines, viewer)).status).toBe(403)
  })
})
