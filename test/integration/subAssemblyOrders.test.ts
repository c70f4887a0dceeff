import { beforeAll, describe, expect, it } from 'vitest'

import { errorMessage, tableAndDough } from '../support/orderFixtures'
import { statusesByName } from '../support/productionFixtures'
import { type SeededApp, seededApp } from '../support/seededApp'

describe('manufacturing orders for the sub-assemblies a document is short of', () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string
  let s: Record<string, number>

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
    s = await statusesByName(payload)
  })

  /**
   * A market stand: 1 table, 25 kg of bread dough, 1 kg of flour and a tablecloth (bought: no
   * recipe) per stand. `stock` puts tables, dough and cloths on the fixtures' floor.
   */
  const fixtures = async (stock: { cloth?: number; dough?: number; table?: number } = {}) => {
    const f = await tableAndDough(payload)
    const product = async (sku: string) =>
      (
        await payload.create({
          collection: 'items',
          data: { kind: 'product', name: `${sku} ${f.tag}`, sku: `${sku}-${f.tag}`, unit: 'pcs' },
        })
      ).id
    const cloth = await product('CLOTH')
    const stand = await product('STAND')
    await payload.create({
      collection: 'boms',
      data: {
        basis: 'per_unit',
        components: [
          { item: f.table, quantity: 1 },
          { item: f.dough, quantity: 25 },
          { item: f.flour, quantity: 1 },
          { item: cloth, quantity: 1 },
        ],
        outputQuantity: 1,
        product: stand,
      },
    })
    const lines = [
      { item: f.table, quantityDelta: stock.table ?? 0 },
      { item: f.dough, quantityDelta: stock.dough ?? 0 },
      { item: cloth, quantityDelta: stock.cloth ?? 0 },
    ].filter((line) => line.quantityDelta > 0)
    if (lines.length)
      await payload.create({
        collection: 'inventory-adjustments',
        data: { lines, location: f.floor, type: 'found' },
      })
    return { ...f, cloth, stand }
  }
  type Fixtures = Awaited<ReturnType<typeof fixtures>>

  const execution = async (f: Fixtures, quantity: number, status = s.Plan) => {
    const { body, status: code } = await api.rest('POST', '/executions', {
      body: {
        plannedQuantity: quantity,
        product: f.stand,
        productionDate: '2026-12-05',
        productionFloor: f.floor,
        status,
      },
      token: admin,
    })
    expect(code, JSON.stringify(body)).toBe(201)
    return body.doc as { code: string; id: number }
  }
  const order = (body: Record<string, unknown>, token = admin) =>
    api.rest('POST', '/manufacturing/createSubAssemblyOrders', { body, token })
  const orderCount = async () =>
    (await payload.count({ collection: 'manufacturing-orders' })).totalDocs
  const orderDoc = (id: number) =>
    payload.findByID({ collection: 'manufacturing-orders', depth: 0, id })

  it("orders an execution's short sub-recipes, counting what it holds reserved as its own", async () => {
    const f = await fixtures({ dough: 10, table: 2 })
    // Someone else holds one of the two tables.
    const reserved = await api.rest('POST', '/manufacturing/postStockMovements', {
      body: {
        key: `reserve-${f.tag}`,
        lines: [{ from: f.floor, item: f.table, quantity: 1, reason: 'reserve', to: f.floor }],
      },
      token: admin,
    })
    expect(reserved.status, JSON.stringify(reserved.body)).toBe(200)
    // Three stands need 3 tables and 75 kg of dough; the execution reserves the table and the
    // 10 kg left to it.
    const stands = await execution(f, 3)
    const { body, status } = await order({ execution: stands.id })
    expect(status, JSON.stringify(body)).toBe(200)
    expect(body.created).toEqual([
      {
        bom: f.tableBom,
        id: expect.any(Number),
        mode: 'discrete',
        name: `TABLE ${f.tag}`,
        orderNumber: expect.stringMatching(/^MO-\d+$/),
        product: f.table,
        quantity: '2',
        shortage: '2',
        sku: `TABLE-${f.tag}`,
      },
      {
        batches: 4,
        bom: f.doughBom,
        id: expect.any(Number),
        mode: 'batch',
        name: `DOUGH ${f.tag}`,
        orderNumber: expect.stringMatching(/^MO-\d+$/),
        product: f.dough,
        quantity: '80',
        shortage: '65',
        sku: `DOUGH-${f.tag}`,
      },
    ])
    for (const created of body.created) {
      const doc = await orderDoc(created.id)
      expect(doc).toMatchObject({ location: f.floor, notes: `Sub-assembly for ${stands.code}.` })
      expect(doc.deadline?.slice(0, 10)).toBe('2026-12-05')
    }
  })

  it("orders a manufacturing order's short sub-assemblies by its deadline, over GraphQL", async () => {
    const f = await fixtures({ table: 5 })
    const created = await api.rest('POST', '/manufacturing-orders', {
      body: { deadline: '2026-12-09', location: f.floor, product: f.stand, quantity: 2 },
      token: admin,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const parent = created.body.doc
    const { body } = await api.graphql(
      'mutation ($order: Int) { createSubAssemblyOrders(order: $order) }',
      { order: parent.id },
      admin,
    )
    // Tables are there; 50 kg of dough is not: three batches of 20.
    const result = body.data.createSubAssemblyOrders
    expect(result.created).toMatchObject([
      { batches: 3, mode: 'batch', product: f.dough, quantity: '60', shortage: '50' },
    ])
    const doc = await orderDoc(result.created[0].id)
    expect(doc).toMatchObject({ batches: 3, location: f.floor })
    expect(doc.deadline?.slice(0, 10)).toBe('2026-12-09')
    expect(doc.notes).toBe(`Sub-assembly for ${parent.orderNumber}.`)
  })

  it('orders nothing when the stock covers it or the rules already consumed it', async () => {
    const plenty = await fixtures({ cloth: 5, dough: 100, table: 5 })
    const before = await orderCount()
    expect((await order({ execution: (await execution(plenty, 2)).id })).body).toEqual({
      created: [],
    })
    // Assembly deducts products: the stand took every table and all the dough there was.
    const exact = await fixtures({ cloth: 2, dough: 50, table: 2 })
    const started = await execution(exact, 2, s.Assembly)
    expect((await order({ execution: started.id })).body).toEqual({ created: [] })
    expect(await orderCount()).toBe(before)
  })

  it('leaves alone the sub-recipes that child executions of a plan make', async () => {
    const f = await fixtures()
    const plan = await api.rest('POST', '/production-plans', {
      body: {
        date: '2026-12-01',
        lines: [{ product: f.stand, quantity: 2 }],
        name: `Stands ${f.tag}`,
        productionFloor: f.floor,
      },
      token: admin,
    })
    const generated = await api.rest('POST', '/manufacturing/generateExecutions', {
      body: { id: plan.body.doc.id },
      token: admin,
    })
    expect(generated.status, JSON.stringify(generated.body)).toBe(200)
    const {
      docs: [stands],
    } = await payload.find({
      collection: 'executions',
      where: { and: [{ plan: { equals: plan.body.doc.id } }, { product: { equals: f.stand } }] },
    })
    expect((await order({ execution: stands!.id })).body).toEqual({ created: [] })
  })

  it('refuses bad input and users who may not create orders, writing nothing', async () => {
    const f = await fixtures()
    const stands = await execution(f, 1)
    const before = await orderCount()
    const both = await order({ execution: stands.id, order: 1 })
    expect(both.status).toBe(400)
    expect(errorMessage(both.body)).toBe(
      'execution: name one execution, or one manufacturing order as order',
    )
    expect(errorMessage((await order({})).body)).toBe(
      'execution: name one execution, or one manufacturing order as order',
    )
    expect(errorMessage((await order({ execution: 999_999 })).body)).toBe(
      'execution: no execution with id 999999',
    )
    expect(errorMessage((await order({ order: 999_999 })).body)).toBe(
      'order: no manufacturing order with id 999999',
    )
    const viewer = await api.login('viewer@example.com', 'viewer')
    expect((await order({ execution: stands.id }, viewer)).status).toBe(403)
    expect(
      (
        await api.rest('POST', '/manufacturing/createSubAssemblyOrders', {
          body: { execution: stands.id },
        })
      ).status,
    ).toBe(401)
    expect(await orderCount()).toBe(before)
  })
})
