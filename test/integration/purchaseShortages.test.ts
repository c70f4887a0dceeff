import { beforeAll, describe, expect, it } from 'vitest'

import { statusesByName, toyFixtures } from '../support/productionFixtures'
import { type SeededApp, seededApp } from '../support/seededApp'

const message = (body: any): string =>
  body?.errors?.[0]?.data?.errors?.[0]?.message ?? body?.errors?.[0]?.message ?? ''

describe('purchase orders for what executions are short of', () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string
  let s: Record<string, number>

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
    s = await statusesByName(payload)
  })

  /**
   * A kit: 2 plastic, 1 paint (both from supplier A), 0.5 glue (from B), 1 wax (no supplier) and
   * a toy, which has its own recipe. The floor holds 10 plastic (4 of them reserved) and 3 paint.
   */
  const fixtures = async () => {
    const f = await toyFixtures(payload, { paint: 3, plastic: 10 })
    const supplier = async (name: string) =>
      (await payload.create({ collection: 'suppliers', data: { name: `${name} ${f.tag}` } })).id
    const [a, b] = [await supplier('Plastics & Paint'), await supplier('Glues')]
    await payload.update({ collection: 'items', data: { primarySupplier: a }, id: f.plastic })
    await payload.update({ collection: 'items', data: { primarySupplier: a }, id: f.paint })
    const material = async (sku: string, standardCost: number, primarySupplier?: number) =>
      (
        await payload.create({
          collection: 'items',
          data: {
            kind: 'material',
            name: `${sku} ${f.tag}`,
            primarySupplier,
            sku: `${sku}-${f.tag}`,
            standardCost,
            unit: 'pcs',
          },
        })
      ).id
    const glue = await material('GLUE', 1.25, b)
    const wax = await material('WAX', 4)
    const kit = await payload.create({
      collection: 'items',
      data: { kind: 'product', name: `KIT ${f.tag}`, sku: `KIT-${f.tag}`, unit: 'pcs' },
    })
    await payload.create({
      collection: 'boms',
      data: {
        basis: 'per_unit',
        components: [
          { item: f.plastic, quantity: 2 },
          { item: f.paint, quantity: 1 },
          { item: glue, quantity: 0.5 },
          { item: wax, quantity: 1 },
          { item: f.toy, quantity: 1 },
        ],
        outputQuantity: 1,
        product: kit.id,
      },
    })
    const reserved = await api.rest('POST', '/manufacturing/postStockMovements', {
      body: {
        key: `reserve-${f.tag}`,
        lines: [{ from: f.floor, item: f.plastic, quantity: 4, reason: 'reserve', to: f.floor }],
      },
      token: admin,
    })
    expect(reserved.status, JSON.stringify(reserved.body)).toBe(200)
    return { ...f, a, b, glue, kit: kit.id, wax }
  }

  const execution = async (product: number, quantity: number, floor: number, status = s.Plan) => {
    const { body, status: code } = await api.rest('POST', '/executions', {
      body: {
        plannedQuantity: quantity,
        product,
        productionDate: '2026-12-01',
        productionFloor: floor,
        status,
      },
      token: admin,
    })
    expect(code, JSON.stringify(body)).toBe(201)
    return body.doc.id as number
  }
  const shortages = (body: Record<string, unknown>, token = admin) =>
    api.rest('POST', '/manufacturing/purchaseShortages', { body, token })
  const orderCount = async () => (await payload.count({ collection: 'purchase-orders' })).totalDocs

  it('drafts one order per primary supplier for the need beyond what is available', async () => {
    const f = await fixtures()
    const id = await execution(f.kit, 10, f.floor)
    const { body, status } = await shortages({ execution: id })
    expect(status, JSON.stringify(body)).toBe(200)
    // Plastic: 20 needed, 10 on hand but 4 reserved; paint: 10 needed, 3 there.
    expect(body.created).toMatchObject([
      {
        lines: [
          { item: f.plastic, quantity: '14', unitCost: '2' },
          { item: f.paint, quantity: '7', unitCost: '5' },
        ],
        number: expect.stringMatching(/^PO-/),
        supplier: f.a,
      },
      { lines: [{ item: f.glue, quantity: '5', unitCost: '1.25' }], supplier: f.b },
    ])
    expect(body.unassigned).toEqual([
      { item: f.wax, name: `WAX ${f.tag}`, quantity: '10', sku: `WAX-${f.tag}` },
    ])
    const order = await payload.findByID({
      collection: 'purchase-orders',
      depth: 0,
      id: body.created[0].id,
    })
    expect(order).toMatchObject({ status: 'draft', supplier: f.a })
    expect(order.lines.map((l) => [l.item, l.quantity, l.unitCost])).toEqual([
      [f.plastic, 14, 2],
      [f.paint, 7, 5],
    ])
  })

  it('sums several executions, over GraphQL', async () => {
    const f = await fixtures()
    const ids = [await execution(f.kit, 10, f.floor), await execution(f.kit, 1, f.floor)]
    const { body } = await api.graphql(
      `mutation ($ids: JSON) { purchaseShortages(ids: $ids) }`,
      { ids },
      admin,
    )
    const result = body.data.purchaseShortages
    expect(result.created.map((o: any) => o.lines.map((l: any) => [l.item, l.quantity]))).toEqual([
      [
        [f.plastic, '16'],
        [f.paint, '8'],
      ],
      [[f.glue, '5.5']],
    ])
    expect(result.unassigned.map((u: any) => [u.item, u.quantity])).toEqual([[f.wax, '11']])
  })

  it('creates nothing when nothing is short, or the materials were already taken', async () => {
    const plenty = await toyFixtures(payload)
    const covered = await shortages({ execution: await execution(plenty.toy, 2, plenty.floor) })
    expect(covered.body).toEqual({ created: [], unassigned: [] })
    // Painting deducts the materials: all the stock went into this execution, none is missing.
    const tight = await toyFixtures(payload, { paint: 2, plastic: 4 })
    const started = await execution(tight.toy, 2, tight.floor, s.Painting)
    expect((await shortages({ execution: started })).body).toEqual({ created: [], unassigned: [] })
  })

  it('refuses bad input and users who may not create purchase orders, writing nothing', async () => {
    const f = await fixtures()
    const id = await execution(f.kit, 1, f.floor)
    const before = await orderCount()
    const both = await shortages({ execution: id, ids: [id] })
    expect(both.status).toBe(400)
    expect(message(both.body)).toBe('execution: name one execution, or several as ids')
    const unknown = await shortages({ execution: 999_999 })
    expect(message(unknown.body)).toBe('execution: no execution with id 999999')
    const ids = await shortages({ ids: [id, 999_998] })
    expect(message(ids.body)).toBe('ids: no execution with id 999998')
    const operator = await api.login('operator@example.com', 'operator')
    expect((await shortages({ execution: id }, operator)).status).toBe(403)
    const anonymous = await api.rest('POST', '/manufacturing/purchaseShortages', {
      body: { execution: id },
    })
    expect(anonymous.status).toBe(401)
    expect(await orderCount()).toBe(before)
  })
})
