import { beforeAll, describe, expect, it } from 'vitest'

import { errorMessage, firstProductionFloor, tableAndDough } from '../support/orderFixtures'
import { type SeededApp, seededApp } from '../support/seededApp'

describe('manufacturing orders from a sales order', () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
  })

  /** An order of 3 tables, 50 kg of dough and 2 tablecloths, which are bought, not made. */
  const salesOrder = async () => {
    const f = await tableAndDough(payload)
    const cloth = await payload.create({
      collection: 'items',
      data: { kind: 'product', name: `CLOTH ${f.tag}`, sku: `CLOTH-${f.tag}`, unit: 'pcs' },
    })
    const customer = await payload.create({
      collection: 'customers',
      data: { name: `Bistro ${f.tag}` },
    })
    const order = await payload.create({
      collection: 'sales-orders',
      data: {
        customer: customer.id,
        deadline: '2026-12-20T12:00:00.000Z',
        lines: [
          { item: f.table, quantity: 3 },
          { item: f.dough, quantity: 50 },
          { item: cloth.id, quantity: 2 },
        ],
      },
    })
    return { ...f, cloth: cloth.id, customer: customer.id, order }
  }
  const make = (body: Record<string, unknown>, token = admin) =>
    api.rest('POST', '/manufacturing/createManufacturingOrdersFromSalesOrder', { body, token })
  const orderCount = async () =>
    (await payload.count({ collection: 'manufacturing-orders' })).totalDocs

  it('creates an order per line with a recipe, carrying customer, order, line and deadline', async () => {
    const o = await salesOrder()
    const [tableLine, doughLine, clothLine] = o.order.lines.map((line) => line.id!)
    const { body, status } = await make({ salesOrder: o.order.id })
    expect(status, JSON.stringify(body)).toBe(200)
    expect(body.existing).toEqual([])
    expect(body.skipped).toEqual([
      {
        code: 'no_recipe',
        item: o.cloth,
        line: clothLine,
        reason: 'the item has no active bill of materials',
      },
    ])
    expect(body.created).toMatchObject([
      { bom: o.tableBom, item: o.table, line: tableLine, mode: 'discrete', quantity: '3' },
      // 50 kg in batches of 20: three batches.
      {
        batches: 3,
        bom: o.doughBom,
        item: o.dough,
        line: doughLine,
        mode: 'batch',
        quantity: '60',
      },
    ])
    const floor = await firstProductionFloor(payload)
    for (const [index, line] of [tableLine, doughLine].entries()) {
      const doc = await payload.findByID({
        collection: 'manufacturing-orders',
        depth: 0,
        id: body.created[index].id,
      })
      expect(doc).toMatchObject({
        customer: o.customer,
        location: floor,
        orderNumber: body.created[index].orderNumber,
        salesOrder: o.order.id,
        salesOrderLine: line,
      })
      expect(doc.deadline?.slice(0, 10)).toBe('2026-12-20')
    }
  })

  it('creates nothing twice: a second call reports what exists, over GraphQL too', async () => {
    const o = await salesOrder()
    const [tableLine, doughLine] = o.order.lines.map((line) => line.id!)
    const mutation = `mutation ($id: Int!, $lines: JSON) {
      createManufacturingOrdersFromSalesOrder(salesOrder: $id, lines: $lines)
    }`
    const first = await api.graphql(mutation, { id: o.order.id, lines: [tableLine] }, admin)
    const [made] = first.body.data.createManufacturingOrdersFromSalesOrder.created
    expect(made).toMatchObject({ item: o.table, line: tableLine })
    const before = await orderCount()
    const again = await make({ salesOrder: o.order.id })
    expect(again.status).toBe(200)
    expect(again.body.existing).toEqual([
      { id: made.id, item: o.table, line: tableLine, orderNumber: made.orderNumber },
    ])
    expect(again.body.created.map((c: any) => c.line)).toEqual([doughLine])
    expect(await orderCount()).toBe(before + 1)
    const third = await api.graphql(mutation, { id: o.order.id }, admin)
    const result = third.body.data.createManufacturingOrdersFromSalesOrder
    expect(result.created).toEqual([])
    expect(result.existing.map((e: any) => e.line)).toEqual([tableLine, doughLine])
    expect(result.skipped).toHaveLength(1)
    expect(await orderCount()).toBe(before + 1)
  })

  it("does not count a line's execution as its manufacturing order, nor the other way", async () => {
    const o = await salesOrder()
    const [tableLine] = o.order.lines.map((line) => line.id!)
    const executions = await api.rest('POST', '/manufacturing/createExecutionsFromSalesOrder', {
      body: { lines: [tableLine], salesOrder: o.order.id },
      token: admin,
    })
    expect(executions.body.created).toHaveLength(1)
    const orders = await make({ lines: [tableLine], salesOrder: o.order.id })
    expect(orders.body.created.map((c: any) => c.line)).toEqual([tableLine])
    const executionsAgain = await api.rest(
      'POST',
      '/manufacturing/createExecutionsFromSalesOrder',
      { body: { lines: [tableLine], salesOrder: o.order.id }, token: admin },
    )
    expect(executionsAgain.body.existing).toHaveLength(1)
  })

  it('takes a quantity, a floor and a deadline per line, and only the lines listed', async () => {
    const o = await salesOrder()
    const [tableLine, doughLine] = o.order.lines.map((line) => line.id!)
    const floor = await payload.create({
      collection: 'locations',
      data: { kind: 'production_floor', name: `Hall ${o.tag}` },
    })
    const { body, status } = await make({
      lines: [
        { deadline: '2026-12-10', line: tableLine, location: floor.id, quantity: 5 },
        { line: doughLine, quantity: '30' },
      ],
      salesOrder: o.order.id,
    })
    expect(status, JSON.stringify(body)).toBe(200)
    // 30 kg in batches of 20: two batches.
    expect(body.created).toMatchObject([
      { line: tableLine, quantity: '5' },
      { batches: 2, line: doughLine, quantity: '40' },
    ])
    const [table, dough] = await Promise.all(
      body.created.map((c: any) =>
        payload.findByID({ collection: 'manufacturing-orders', depth: 0, id: c.id }),
      ),
    )
    expect(table).toMatchObject({ location: floor.id, salesOrder: o.order.id })
    expect(table.deadline?.slice(0, 10)).toBe('2026-12-10')
    expect(dough.location).toBe(await firstProductionFloor(payload))
    expect(dough.deadline?.slice(0, 10)).toBe('2026-12-20')

    // Over GraphQL: the one line listed, at its own quantity.
    const other = await salesOrder()
    const [otherTable] = other.order.lines.map((line) => line.id!)
    const graphql = await api.graphql(
      `mutation ($id: Int!, $lines: JSON) {
        createManufacturingOrdersFromSalesOrder(salesOrder: $id, lines: $lines)
      }`,
      { id: other.order.id, lines: [{ line: otherTable, quantity: 2 }] },
      admin,
    )
    expect(graphql.body.errors).toBeUndefined()
    expect(graphql.body.data.createManufacturingOrdersFromSalesOrder.created).toMatchObject([
      { line: otherTable, quantity: '2' },
    ])
  })

  it('refuses a bad choice for a line naming it, creating none of the lines', async () => {
    const o = await salesOrder()
    const [tableLine, doughLine] = o.order.lines.map((line) => line.id!)
    const store = await payload.create({
      collection: 'locations',
      data: { kind: 'warehouse', name: `Store ${o.tag}` },
    })
    const before = await orderCount()
    const cases: [unknown[], string | RegExp][] = [
      [
        [{ line: tableLine }, { line: doughLine, quantity: 0 }],
        'lines[1].quantity: must be greater than zero',
      ],
      [
        [{ line: tableLine }, { line: doughLine, location: store.id }],
        `lines[1].location: location ${store.id} is not a production floor`,
      ],
      [
        [{ deadline: '2026-02-30', line: tableLine }],
        'lines[0].deadline: 2026-02-30 is not a day of the calendar',
      ],
      [[tableLine, { line: tableLine }], /^lines\[1\]: line ".*" is listed twice/],
      [[{ quantity: 2 }], /^lines\[0\]: must be a line's id/],
    ]
    for (const [lines, expected] of cases) {
      const refused = await make({ lines, salesOrder: o.order.id })
      expect(refused.status, JSON.stringify(refused.body)).toBe(400)
      if (typeof expected === 'string') expect(errorMessage(refused.body)).toBe(expected)
      else expect(errorMessage(refused.body)).toMatch(expected)
    }
    const graphql = await api.graphql(
      `mutation ($id: Int!, $lines: JSON) {
        createManufacturingOrdersFromSalesOrder(salesOrder: $id, lines: $lines)
      }`,
      { id: o.order.id, lines: [{ line: tableLine }, { line: doughLine, quantity: -1 }] },
      admin,
    )
    expect(JSON.stringify(graphql.body.errors)).toMatch(/lines\[1\]\.quantity/)
    expect(await orderCount()).toBe(before)
  })

  it('refuses an unknown order or line and users without the permission, writing nothing', async () => {
    const o = await salesOrder()
    const before = await orderCount()
    const unknown = await make({ salesOrder: 999_999 })
    expect(unknown.status).toBe(400)
    expect(errorMessage(unknown.body)).toBe('salesOrder: no sales order with id 999999')
    const line = await make({ lines: ['nope'], salesOrder: o.order.id })
    expect(errorMessage(line.body)).toMatch(/^lines\[0\]: SO-\d+ has no line "nope"/)
    const viewer = await api.login('viewer@example.com', 'viewer')
    expect((await make({ salesOrder: o.order.id }, viewer)).status).toBe(403)
    expect(
      (
        await api.rest('POST', '/manufacturing/createManufacturingOrdersFromSalesOrder', {
          body: { salesOrder: o.order.id },
        })
      ).status,
    ).toBe(401)
    expect(await orderCount()).toBe(before)
  })
})
