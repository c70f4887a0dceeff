import { beforeAll, describe, expect, it } from 'vitest'

import { statusesByName, toyFixtures } from '../support/productionFixtures'
import { type SeededApp, seededApp } from '../support/seededApp'

const message = (body: any): string =>
  body?.errors?.[0]?.data?.errors?.[0]?.message ?? body?.errors?.[0]?.message ?? ''
const problems = (body: any): string[] =>
  (body?.errors?.[0]?.data?.errors ?? []).map((e: { message: string }) => e.message)

/** An item's figures as the preview answers them: needed, on floor, issuable, incoming, short. */
const figures = (row: any) => [row.needed, row.onFloor, row.issuable, row.incoming, row.short]

describe('purchase orders for what production documents are short of, per location', () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string
  let s: Record<string, number>

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
    s = await statusesByName(payload)
  })

  const rest = (action: string, body: Record<string, unknown>, token = admin) =>
    api.rest('POST', `/manufacturing/${action}`, { body, token })
  const ok = (response: { body: any; status: number }) => {
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    return response.body
  }
  const orderCount = async () => (await payload.count({ collection: 'purchase-orders' })).totalDocs

  /**
   * A kit: 2 plastic, 1 paint (supplier A), 0.5 glue (supplier B), 1 wax (no supplier) and a
   * toy, which has its own recipe (a sub-recipe: made, not bought). A box: 4 plastic and 1 wax.
   *
   * Floor A: 10 plastic (4 of them reserved by someone else) and 3 paint. Floor B: 3 plastic.
   * Warehouse W: 6 plastic, 5 more in a blocked lot, 2 paint, 10 wax in an expired lot, and 1
   * glue received from an order of 4. Open orders: a draft of 5 plastic, that glue order (3
   * still due); an order marked received of 100 paint brings nothing more.
   */
  const fixtures = async () => {
    const f = await toyFixtures(payload, { paint: 3, plastic: 10 })
    const supplier = async (name: string) =>
      (await payload.create({ collection: 'suppliers', data: { name: `${name} ${f.tag}` } })).id
    const [a, b] = [await supplier('Plastics & Paint'), await supplier('Glues')]
    await payload.update({ collection: 'items', data: { primarySupplier: a }, id: f.plastic })
    await payload.update({ collection: 'items', data: { primarySupplier: a }, id: f.paint })
    const item = async (sku: string, kind: 'material' | 'product', cost?: number, by?: number) =>
      (
        await payload.create({
          collection: 'items',
          data: {
            kind,
            name: `${sku} ${f.tag}`,
            primarySupplier: by,
            sku: `${sku}-${f.tag}`,
            standardCost: cost,
            unit: 'pcs',
          },
        })
      ).id
    const glue = await item('GLUE', 'material', 1.25, b)
    const wax = await item('WAX', 'material', 4)
    const kit = await item('KIT', 'product')
    const box = await item('BOX', 'product')
    const bom = (product: number, components: { item: number; quantity: number }[]) =>
      payload.create({
        collection: 'boms',
        data: { basis: 'per_unit', components, outputQuantity: 1, product },
      })
    await bom(kit, [
      { item: f.plastic, quantity: 2 },
      { item: f.paint, quantity: 1 },
      { item: glue, quantity: 0.5 },
      { item: wax, quantity: 1 },
      { item: f.toy, quantity: 1 },
    ])
    await bom(box, [
      { item: f.plastic, quantity: 4 },
      { item: wax, quantity: 1 },
    ])
    const location = async (name: string, kind: 'production_floor' | 'warehouse') =>
      (await payload.create({ collection: 'locations', data: { kind, name: `${name} ${f.tag}` } }))
        .id
    const floorB = await location('Floor B', 'production_floor')
    const warehouse = await location('Warehouse W', 'warehouse')
    const found = (at: number, lines: { item: number; quantityDelta: number }[]) =>
      payload.create({
        collection: 'inventory-adjustments',
        data: { lines, location: at, type: 'found' },
      })
    await found(floorB, [{ item: f.plastic, quantityDelta: 3 }])
    await found(warehouse, [
      { item: f.plastic, quantityDelta: 6 },
      { item: f.paint, quantityDelta: 2 },
    ])
    const {
      docs: [vendor],
    } = await payload.find({
      collection: 'locations',
      where: { virtualRole: { equals: 'supplier' } },
    })
    ok(
      await rest('postStockMovements', {
        key: `stock-${f.tag}`,
        lines: [
          { from: f.floor, item: f.plastic, quantity: 4, reason: 'reserve', to: f.floor },
          {
            from: vendor!.id,
            item: f.plastic,
            newLot: { disposition: 'blocked', unitCost: 2 },
            quantity: 5,
            reason: 'receipt',
            to: warehouse,
          },
          {
            from: vendor!.id,
            item: wax,
            newLot: { expiresAt: '2020-01-01T00:00:00.000Z', unitCost: 4 },
            quantity: 10,
            reason: 'receipt',
            to: warehouse,
          },
        ],
      }),
    )
    const purchase = (by: number, status: string, lines: { item: number; quantity: number }[]) =>
      payload.create({
        collection: 'purchase-orders',
        data: {
          lines: lines.map((l) => ({ ...l, unitCost: 1 })),
          status: status as 'draft',
          supplier: by,
        },
      })
    await purchase(a, 'draft', [{ item: f.plastic, quantity: 5 }])
    await purchase(a, 'received', [{ item: f.paint, quantity: 100 }])
    const glueOrder = await purchase(b, 'sent', [{ item: glue, quantity: 4 }])
    ok(
      await rest('receivePurchaseOrder', {
        id: glueOrder.id,
        lines: [{ line: 0, quantity: 1 }],
        location: warehouse,
      }),
    )
    return { ...f, a, b, box, floorB, glue, kit, warehouse, wax }
  }
  type Fixtures = Awaited<ReturnType<typeof fixtures>>

  const execution = async (f: Fixtures, quantity: number, status = s.Plan) => {
    const { body, status: code } = await api.rest('POST', '/executions', {
      body: {
        plannedQuantity: quantity,
        product: f.kit,
        productionDate: '2026-12-01',
        productionFloor: f.floor,
        status,
      },
      token: admin,
    })
    expect(code, JSON.stringify(body)).toBe(201)
    return body.doc as { code: string; id: number }
  }
  const boxes = async (f: Fixtures, quantity: number) => {
    const { body, status } = await api.rest('POST', '/manufacturing-orders', {
      body: { location: f.floorB, product: f.box, quantity },
      token: admin,
    })
    expect(status, JSON.stringify(body)).toBe(201)
    return body.doc as { id: number; orderNumber: string }
  }

  /** Five kits and three kits on floor A (the first reserves what floor A has free), two boxes on B. */
  const scene = async () => {
    const f = await fixtures()
    const ex1 = await execution(f, 5)
    const ex2 = await execution(f, 3)
    const mo = await boxes(f, 2)
    const documents = [
      { collection: 'executions', ids: [ex1.id, ex2.id] },
      { collection: 'manufacturing-orders', ids: [mo.id] },
    ]
    return { documents, ex1, ex2, f, mo }
  }

  it('sets each need against its floor, then the warehouses, then open orders, counting shared stock once', async () => {
    const { documents, ex1, ex2, f, mo } = await scene()
    const preview = ok(await rest('previewShortagePurchases', { documents }))
    expect(preview.documents).toMatchObject([
      { code: ex1.code, collection: 'executions', id: ex1.id, location: { id: f.floor } },
      { code: ex2.code, collection: 'executions', id: ex2.id, location: { id: f.floor } },
      {
        code: mo.orderNumber,
        collection: 'manufacturing-orders',
        id: mo.id,
        location: { id: f.floorB },
      },
    ])
    // The toy is a sub-recipe: made, not bought.
    expect(preview.items.map((row: any) => [row.sku, ...figures(row), row.quantity])).toEqual([
      // Plastic: EX-1 needs 10, holds the 6 free on A, takes 4 of W's 6; EX-2 needs 6: W's
      // last 2 and 4 of the 5 on order; the boxes need 8: 3 on B, the last 1 on order, 4 short.
      [`PLASTIC-${f.tag}`, '24', '9', '6', '5', '4', '4'],
      // Paint: EX-1 needs 5, holds A's 3 and takes W's 2; EX-2's 3 are short (the received
      // order brings nothing).
      [`PAINT-${f.tag}`, '8', '3', '2', '0', '3', '3'],
      // Glue: 2.5 + 1.5: W's 1 received, the 3 still due.
      [`GLUE-${f.tag}`, '4', '0', '1', '3', '0', '0'],
      // Wax: 5 + 3 + 2; W's lot has expired.
      [`WAX-${f.tag}`, '10', '0', '0', '0', '10', '10'],
    ])
    const plastic = preview.items[0]
    expect(plastic.documents.map((d: any) => [d.code, ...figures(d)])).toEqual([
      [ex1.code, '10', '6', '4', '0', '0'],
      [ex2.code, '6', '0', '2', '4', '0'],
      [mo.orderNumber, '8', '3', '0', '1', '4'],
    ])
    expect(plastic.supplier).toEqual({ id: f.a, name: `Plastics & Paint ${f.tag}` })
    expect(preview.items[2].supplier).toEqual({ id: f.b, name: `Glues ${f.tag}` })
    // Without a primary supplier, listed all the same.
    expect(preview.items[3]).toMatchObject({ item: f.wax, name: `WAX ${f.tag}`, supplier: null })

    // One document alone: EX-2 is not lent the stock EX-1 holds.
    const alone = ok(
      await rest('previewShortagePurchases', {
        documents: { collection: 'executions', ids: [ex2.id] },
      }),
    )
    expect(alone.items.map((row: any) => [row.sku, ...figures(row)])).toEqual([
      [`PLASTIC-${f.tag}`, '6', '0', '6', '0', '0'],
      [`PAINT-${f.tag}`, '3', '0', '2', '0', '1'],
      [`GLUE-${f.tag}`, '1.5', '0', '1', '0.5', '0'],
      [`WAX-${f.tag}`, '3', '0', '0', '0', '3'],
    ])
  })

  it('creates one draft per chosen supplier, as chosen, and counts them as incoming after', async () => {
    const { documents, ex1, ex2, f, mo } = await scene()
    const lines = [
      { item: f.plastic, quantity: 4, supplier: f.a },
      { item: f.wax, quantity: '10', supplier: f.b },
      { item: f.paint, quantity: 3, supplier: f.a },
    ]
    const before = await orderCount()
    const result = ok(await rest('purchaseShortages', { documents, key: `buy-${f.tag}`, lines }))
    expect(result).toEqual({
      created: [
        {
          id: expect.any(Number),
          lines: [
            {
              item: f.plastic,
              name: `PLASTIC ${f.tag}`,
              quantity: '4',
              sku: `PLASTIC-${f.tag}`,
              unitCost: '2',
            },
            {
              item: f.paint,
              name: `PAINT ${f.tag}`,
              quantity: '3',
              sku: `PAINT-${f.tag}`,
              unitCost: '5',
            },
          ],
          number: expect.stringMatching(/^PO-/),
          supplier: { id: f.a, name: `Plastics & Paint ${f.tag}` },
        },
        {
          id: expect.any(Number),
          lines: [
            {
              item: f.wax,
              name: `WAX ${f.tag}`,
              quantity: '10',
              sku: `WAX-${f.tag}`,
              unitCost: '4',
            },
          ],
          number: expect.stringMatching(/^PO-/),
          supplier: { id: f.b, name: `Glues ${f.tag}` },
        },
      ],
      replayed: false,
    })
    expect(await orderCount()).toBe(before + 2)
    const order = await payload.findByID({
      collection: 'purchase-orders',
      depth: 0,
      id: result.created[0].id,
    })
    expect(order).toMatchObject({ status: 'draft', supplier: f.a })
    expect(order.notes).toBe(`For what ${ex1.code}, ${ex2.code}, ${mo.orderNumber} are short of.`)
    expect(order.lines.map((l) => [l.item, l.quantity, l.unitCost])).toEqual([
      [f.plastic, 4, 2],
      [f.paint, 3, 5],
    ])

    // The same key again answers the same orders and writes nothing.
    const again = ok(await rest('purchaseShortages', { documents, key: `buy-${f.tag}`, lines }))
    expect(again).toEqual({ ...result, replayed: true })
    expect(await orderCount()).toBe(before + 2)
    // The same key with other lines is refused.
    const other = await rest('purchaseShortages', {
      key: `buy-${f.tag}`,
      lines: [{ item: f.plastic, quantity: 5, supplier: f.a }],
    })
    expect(other.status).toBe(409)
    expect(message(other.body)).toBe(
      `The idempotency key "buy-${f.tag}" was already used for other purchase orders; nothing was written.`,
    )

    // The drafts are open orders now: what they bring is incoming, nothing more is short.
    const after = ok(await rest('previewShortagePurchases', { documents }))
    expect(after.items.map((row: any) => [row.sku, row.incoming, row.short])).toEqual([
      [`PLASTIC-${f.tag}`, '9', '0'],
      [`PAINT-${f.tag}`, '3', '0'],
      [`GLUE-${f.tag}`, '3', '0'],
      [`WAX-${f.tag}`, '10', '0'],
    ])
    // Another user's key of the same name is their own.
    const planner = await api.login('planner@example.com', 'planner')
    const theirs = ok(await rest('purchaseShortages', { key: `buy-${f.tag}`, lines }, planner))
    expect(theirs.replayed).toBe(false)
    expect(theirs.created.map((o: any) => o.id)).not.toContain(result.created[0].id)
  })

  it('previews and creates over GraphQL, for a manufacturing order', async () => {
    const f = await fixtures()
    const mo = await boxes(f, 2)
    const documents = { collection: 'manufacturing-orders', ids: [mo.id] }
    const { body } = await api.graphql(
      'query ($documents: JSON!) { previewShortagePurchases(documents: $documents) }',
      { documents },
      admin,
    )
    // 8 plastic: 3 on floor B, 5 from W (its 6 free); 2 wax short.
    expect(
      body.data.previewShortagePurchases.items.map((row: any) => [row.sku, ...figures(row)]),
    ).toEqual([
      [`PLASTIC-${f.tag}`, '8', '3', '5', '0', '0'],
      [`WAX-${f.tag}`, '2', '0', '0', '0', '2'],
    ])
    const created = await api.graphql(
      'mutation ($lines: JSON!, $key: String) { purchaseShortages(lines: $lines, key: $key) }',
      { key: `gql-${f.tag}`, lines: [{ item: f.wax, quantity: 2, supplier: f.b }] },
      admin,
    )
    expect(created.body.errors).toBeUndefined()
    expect(created.body.data.purchaseShortages.created).toMatchObject([
      { lines: [{ item: f.wax, quantity: '2' }], supplier: { id: f.b } },
    ])
  })

  it('needs nothing of what the status rules already consumed', async () => {
    const f = await toyFixtures(payload, { paint: 2, plastic: 4 })
    const { body, status } = await api.rest('POST', '/executions', {
      body: {
        plannedQuantity: 2,
        product: f.toy,
        productionDate: '2026-12-01',
        productionFloor: f.floor,
        status: s.Painting,
      },
      token: admin,
    })
    expect(status, JSON.stringify(body)).toBe(201)
    const preview = ok(
      await rest('previewShortagePurchases', {
        documents: { collection: 'executions', ids: [body.doc.id] },
      }),
    )
    expect(preview.items).toEqual([])
  })

  it('refuses bad input, naming each field, and users who may not buy, writing nothing', async () => {
    const f = await fixtures()
    const ex = await execution(f, 1)
    const before = await orderCount()
    const bad = await rest('purchaseShortages', {
      lines: [
        { item: 999_999, quantity: 1, supplier: f.a },
        { item: f.wax, quantity: 1 },
        { item: f.plastic, quantity: 0, supplier: f.a },
        { item: f.paint, quantity: -2, supplier: 999_998 },
        { item: 'x', quantity: 'many', supplier: f.a },
      ],
    })
    expect(bad.status).toBe(400)
    expect(problems(bad.body)).toEqual([
      'lines[0].item: no item with id 999999',
      'lines[1].supplier: choose the supplier to buy from',
      'lines[2].quantity: must be greater than zero',
      'lines[3].supplier: no supplier with id 999998',
      'lines[3].quantity: must be greater than zero',
      'lines[4].item: must be the id of an item',
      'lines[4].quantity: must be a number',
    ])
    const none = await rest('purchaseShortages', { lines: [] })
    expect(message(none.body)).toBe(
      'lines: choose at least one item to buy, as { item, supplier, quantity }',
    )
    const good = [{ item: f.plastic, quantity: 1, supplier: f.a }]
    const badKey = await rest('purchaseShortages', { key: 'k'.repeat(101), lines: good })
    expect(message(badKey.body)).toBe('key: must be a string of at most 100 characters')
    const badDocs = await rest('purchaseShortages', {
      documents: { collection: 'boms', ids: [1] },
      lines: good,
    })
    expect(message(badDocs.body)).toBe(
      'documents.collection: must be executions or manufacturing-orders',
    )

    const preview = (documents: unknown, token = admin) =>
      rest('previewShortagePurchases', { documents }, token)
    expect(
      message((await preview([{ collection: 'executions', ids: [ex.id, 999_997] }])).body),
    ).toBe('documents[0].ids: no execution with id 999997')
    expect(
      message((await preview([{ collection: 'manufacturing-orders', ids: [999_996] }])).body),
    ).toBe('documents[0].ids: no manufacturing order with id 999996')
    expect(message((await preview({ collection: 'executions', ids: [] })).body)).toBe(
      'documents.ids: list the executions by id',
    )
    const gql = await api.graphql(
      'mutation ($lines: JSON!) { purchaseShortages(lines: $lines) }',
      { lines: [{ item: f.plastic, quantity: 1, supplier: 'nobody' }] },
      admin,
    )
    expect(gql.body.errors[0].message).toBe('lines[0].supplier: must be the id of a supplier')

    const operator = await api.login('operator@example.com', 'operator')
    const documents = { collection: 'executions', ids: [ex.id] }
    expect((await preview(documents, operator)).status).toBe(403)
    expect((await rest('purchaseShortages', { lines: good }, operator)).status).toBe(403)
    const anonymous = await api.rest('POST', '/manufacturing/purchaseShortages', {
      body: { lines: good },
    })
    expect(anonymous.status).toBe(401)
    expect(await orderCount()).toBe(before)
  })
})
