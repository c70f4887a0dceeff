import { beforeAll, describe, expect, it } from 'vitest'

import { onHandAt, statusesByName, toyFixtures } from '../support/productionFixtures'
import { type SeededApp, seededApp } from '../support/seededApp'

const message = (body: any): string =>
  body?.errors?.[0]?.data?.errors?.[0]?.message ?? body?.errors?.[0]?.message ?? ''

describe('production straight from BOMs and sales orders', () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
  })

  /** The toy of toyFixtures, and a robot: 3 plastic and 2 paint make 2 robots. */
  const fixtures = async () => {
    const f = await toyFixtures(payload)
    const robot = await payload.create({
      collection: 'items',
      data: { kind: 'product', name: `ROBOT ${f.tag}`, sku: `ROBOT-${f.tag}`, unit: 'pcs' },
    })
    const robotBom = await payload.create({
      collection: 'boms',
      data: {
        basis: 'per_unit',
        components: [
          { item: f.plastic, quantity: 3 },
          { item: f.paint, quantity: 2 },
        ],
        outputQuantity: 2,
        product: robot.id,
      },
    })
    return { ...f, robot: robot.id, robotBom: robotBom.id }
  }

  const requirementsOf = async (id: number) => {
    const doc = await payload.findByID({ collection: 'executions', depth: 0, id })
    return (doc.requirements ?? []).map((r) => [r.item, r.requiredQuantity])
  }
  const executionCount = async () => (await payload.count({ collection: 'executions' })).totalDocs

  it('creates an execution per BOM with its components multiplied by the quantity', async () => {
    const f = await fixtures()
    const { body, status } = await api.rest('POST', '/manufacturing/createExecutionsFromBoms', {
      body: {
        lines: [
          { bom: f.bom, productionDate: '2026-12-01', productionFloor: f.floor, quantity: 4 },
          { bom: f.robotBom, productionFloor: f.floor, quantity: 5 },
        ],
      },
      token: admin,
    })
    expect(status, JSON.stringify(body)).toBe(200)
    expect(body.created).toMatchObject([
      { bom: f.bom, code: expect.stringMatching(/^EX-/), product: f.toy, quantity: '4' },
      { bom: f.robotBom, product: f.robot, quantity: '5' },
    ])
    const [toy, robot] = body.created
    expect(await requirementsOf(toy.id)).toEqual([
      [f.plastic, 8],
      [f.paint, 4],
    ])
    expect(await requirementsOf(robot.id)).toEqual([
      [f.plastic, 7.5],
      [f.paint, 5],
    ])
    const first = await payload.findByID({ collection: 'executions', id: toy.id })
    expect(first.productionDate.slice(0, 10)).toBe('2026-12-01')
    const second = await payload.findByID({ collection: 'executions', depth: 0, id: robot.id })
    expect(second.productionDate.slice(0, 10)).toBe(new Date().toISOString().slice(0, 10))
    expect(second.productionFloor).toBe(f.floor)
  })

  it('runs on the first production floor when none is named, and over GraphQL', async () => {
    const f = await fixtures()
    const { docs } = await payload.find({
      collection: 'locations',
      limit: 1,
      sort: 'id',
      where: { kind: { equals: 'production_floor' } },
    })
    const { body } = await api.graphql(
      `mutation ($lines: JSON!) { createExecutionsFromBoms(lines: $lines) }`,
      { lines: [{ bom: f.bom, quantity: '1.5' }] },
      admin,
    )
    const [created] = body.data.createExecutionsFromBoms.created
    const doc = await payload.findByID({ collection: 'executions', depth: 0, id: created.id })
    expect(doc.productionFloor).toBe(docs[0]!.id)
    expect(await requirementsOf(created.id)).toEqual([
      [f.plastic, 3],
      [f.paint, 1.5],
    ])
  })

  it('refuses a bad line naming it, and creates none of the lines', async () => {
    const f = await fixtures()
    const before = await executionCount()
    const send = (lines: unknown[]) =>
      api.rest('POST', '/manufacturing/createExecutionsFromBoms', {
        body: { lines },
        token: admin,
      })
    const quantity = await send([
      { bom: f.bom, quantity: 2 },
      { bom: f.robotBom, quantity: -1 },
    ])
    expect(quantity.status).toBe(400)
    expect(message(quantity.body)).toBe('lines[1].quantity: must be greater than zero')
    const bom = await send([
      { bom: f.bom, quantity: 2 },
      { bom: 999_999, quantity: 1 },
    ])
    expect(bom.status).toBe(400)
    expect(message(bom.body)).toBe('lines[1].bom: no bill of materials with id 999999')
    const floor = await send([{ bom: f.bom, productionFloor: f.plastic + 999_999, quantity: 1 }])
    expect(message(floor.body)).toMatch(/^lines\[0\]\.productionFloor: .* not a production floor/)
    const day = await send([{ bom: f.bom, productionDate: '2026-02-30', quantity: 1 }])
    expect(message(day.body)).toBe(
      'lines[0].productionDate: 2026-02-30 is not a day of the calendar',
    )
    const gql = await api.graphql(
      `mutation ($lines: JSON!) { createExecutionsFromBoms(lines: $lines) }`,
      { lines: [{ bom: f.bom, quantity: 1 }, { quantity: 1 }] },
      admin,
    )
    expect(gql.body.errors[0].extensions.data.errors[0].message).toBe(
      'lines[1].bom: must be the id of a bill of materials',
    )
    expect(await executionCount()).toBe(before)
  })

  it('undoes every line when the stock posted for a later one runs short', async () => {
    const f = await fixtures()
    const settings = await payload.findGlobal({ depth: 0, slug: 'production-settings' })
    const s = await statusesByName(payload)
    // New production starts where materials are deducted: creating it posts them.
    await payload.updateGlobal({ data: { defaultStatus: s.Painting }, slug: 'production-settings' })
    try {
      const before = await executionCount()
      const { body, status } = await api.rest('POST', '/manufacturing/createExecutionsFromBoms', {
        body: {
          lines: [
            { bom: f.bom, productionFloor: f.floor, quantity: 4 },
            { bom: f.robotBom, productionFloor: f.floor, quantity: 200 },
          ],
        },
        token: admin,
      })
      expect(status).toBe(409)
      expect(message(body)).toMatch(/not enough PLASTIC-.* 92 available, 300 required/)
      expect(await executionCount()).toBe(before)
      expect(await onHandAt(payload, f.plastic, f.floor)).toBe(100)
      expect(await onHandAt(payload, f.paint, f.floor)).toBe(50)
    } finally {
      await payload.updateGlobal({
        data: { defaultStatus: settings.defaultStatus },
        slug: 'production-settings',
      })
    }
  })

  /** Runs `work` with new production starting in the last status, Completed. */
  const startingDone = async (work: (s: Record<string, number>) => Promise<void>) => {
    const settings = await payload.findGlobal({ depth: 0, slug: 'production-settings' })
    const s = await statusesByName(payload)
    await payload.updateGlobal({
      data: { defaultStatus: s.Completed },
      slug: 'production-settings',
    })
    try {
      await work(s)
    } finally {
      await payload.updateGlobal({
        data: { defaultStatus: settings.defaultStatus },
        slug: 'production-settings',
      })
    }
  }

  it("creates production done when it starts Completed, at each line's produced quantity or else its quantity", async () => {
    const f = await fixtures()
    await startingDone(async (s) => {
      const before = await executionCount()
      const zero = await api.rest('POST', '/manufacturing/createExecutionsFromBoms', {
        body: {
          lines: [{ bom: f.bom, producedQuantity: 0, productionFloor: f.floor, quantity: 4 }],
        },
        token: admin,
      })
      expect(message(zero.body)).toBe('lines[0].producedQuantity: must be greater than zero')
      expect(await executionCount()).toBe(before)

      const { body, status } = await api.rest('POST', '/manufacturing/createExecutionsFromBoms', {
        body: {
          lines: [
            { bom: f.bom, producedQuantity: 3, productionFloor: f.floor, quantity: 4 },
            { bom: f.robotBom, productionFloor: f.floor, quantity: 2 },
          ],
        },
        token: admin,
      })
      expect(status, JSON.stringify(body)).toBe(200)
      const [toy, robot] = await Promise.all(
        body.created.map((c: { id: number }) =>
          payload.findByID({ collection: 'executions', depth: 0, id: c.id }),
        ),
      )
      expect(toy).toMatchObject({ plannedQuantity: 4, producedQuantity: 3, status: s.Completed })
      expect(robot).toMatchObject({ plannedQuantity: 2, producedQuantity: 2, status: s.Completed })
      // Done at creation: its materials were consumed and its products added.
      expect(await onHandAt(payload, f.toy, f.floor)).toBe(3)
      expect(await onHandAt(payload, f.robot, f.floor)).toBe(2)
      const graphql = await api.graphql(
        `mutation ($lines: JSON!) { createExecutionsFromBoms(lines: $lines) }`,
        { lines: [{ bom: f.robotBom, productionFloor: f.floor, quantity: 2 }] },
        admin,
      )
      expect(graphql.body.errors).toBeUndefined()
      expect(await onHandAt(payload, f.robot, f.floor)).toBe(4)
    })
  })

  it('needs the permission to create executions', async () => {
    const f = await fixtures()
    const body = { lines: [{ bom: f.bom, quantity: 1 }] }
    expect(
      (await api.rest('POST', '/manufacturing/createExecutionsFromBoms', { body })).status,
    ).toBe(401)
    const viewer = await api.login('viewer@example.com', 'viewer')
    const refused = await api.rest('POST', '/manufacturing/createExecutionsFromBoms', {
      body,
      token: viewer,
    })
    expect(refused.status).toBe(403)
  })

  describe('from a sales order', () => {
    const order = async () => {
      const f = await fixtures()
      const loose = await payload.create({
        collection: 'items',
        data: { kind: 'product', name: `LOOSE ${f.tag}`, sku: `LOOSE-${f.tag}`, unit: 'pcs' },
      })
      const customer = await payload.create({
        collection: 'customers',
        data: { name: `Customer ${f.tag}` },
      })
      const doc = await payload.create({
        collection: 'sales-orders',
        data: {
          customer: customer.id,
          deadline: '2026-12-20T12:00:00.000Z',
          lines: [
            { item: f.toy, quantity: 3 },
            { item: loose.id, quantity: 2 },
            { item: f.robot, quantity: 4 },
          ],
        },
      })
      return { ...f, customer: customer.id, loose: loose.id, order: doc }
    }

    it('creates an execution per line with a BOM, carrying customer, order and line', async () => {
      const o = await order()
      const [toyLine, looseLine, robotLine] = o.order.lines.map((line) => line.id!)
      const { body, status } = await api.rest(
        'POST',
        '/manufacturing/createExecutionsFromSalesOrder',
        { body: { salesOrder: o.order.id }, token: admin },
      )
      expect(status, JSON.stringify(body)).toBe(200)
      expect(body.existing).toEqual([])
      expect(body.skipped).toEqual([
        {
          code: 'no_recipe',
          item: o.loose,
          line: looseLine,
          reason: 'the item has no active bill of materials',
        },
      ])
      expect(body.created).toMatchObject([
        { bom: o.bom, item: o.toy, line: toyLine, quantity: '3' },
        { bom: o.robotBom, item: o.robot, line: robotLine, quantity: '4' },
      ])
      const toy = await payload.findByID({
        collection: 'executions',
        depth: 0,
        id: body.created[0].execution,
      })
      expect(toy).toMatchObject({
        customer: o.customer,
        plannedQuantity: 3,
        product: o.toy,
        salesOrder: o.order.id,
        salesOrderLine: toyLine,
      })
      expect(toy.expectedDate?.slice(0, 10)).toBe('2026-12-20')
      expect(await requirementsOf(toy.id)).toEqual([
        [o.plastic, 6],
        [o.paint, 3],
      ])
      const listed = await payload.findByID({ collection: 'sales-orders', id: o.order.id })
      expect(listed.executions?.docs?.length).toBe(2)
    })

    it('creates nothing twice: a second call reports what exists', async () => {
      const o = await order()
      const [toyLine] = o.order.lines.map((line) => line.id!)
      const first = await api.graphql(
        `mutation ($id: Int!, $lines: JSON) { createExecutionsFromSalesOrder(salesOrder: $id, lines: $lines) }`,
        { id: o.order.id, lines: [toyLine] },
        admin,
      )
      const [made] = first.body.data.createExecutionsFromSalesOrder.created
      expect(made.line).toBe(toyLine)
      const before = await executionCount()
      const again = await api.rest('POST', '/manufacturing/createExecutionsFromSalesOrder', {
        body: { salesOrder: o.order.id },
        token: admin,
      })
      expect(again.status).toBe(200)
      expect(again.body.existing).toEqual([
        { code: made.code, execution: made.execution, item: o.toy, line: toyLine },
      ])
      expect(again.body.created.map((c: any) => c.item)).toEqual([o.robot])
      expect(await executionCount()).toBe(before + 1)
      const third = await api.rest('POST', '/manufacturing/createExecutionsFromSalesOrder', {
        body: { salesOrder: o.order.id },
        token: admin,
      })
      expect(third.body.created).toEqual([])
      expect(third.body.existing).toHaveLength(2)
      expect(await executionCount()).toBe(before + 1)
    })

    it('takes a quantity, a floor and a day per line, and only the lines listed', async () => {
      const o = await order()
      const [toyLine, , robotLine] = o.order.lines.map((line) => line.id!)
      const { body, status } = await api.rest(
        'POST',
        '/manufacturing/createExecutionsFromSalesOrder',
        {
          body: {
            lines: [
              {
                line: toyLine,
                productionDate: '2026-12-05',
                productionFloor: o.floor,
                quantity: 2,
              },
            ],
            salesOrder: o.order.id,
          },
          token: admin,
        },
      )
      expect(status, JSON.stringify(body)).toBe(200)
      expect(body.created).toMatchObject([{ item: o.toy, line: toyLine, quantity: '2' }])
      const doc = await payload.findByID({
        collection: 'executions',
        depth: 0,
        id: body.created[0].execution,
      })
      expect(doc).toMatchObject({ plannedQuantity: 2, productionFloor: o.floor })
      expect(doc.productionDate.slice(0, 10)).toBe('2026-12-05')
      expect(await requirementsOf(doc.id)).toEqual([
        [o.plastic, 4],
        [o.paint, 2],
      ])
      const graphql = await api.graphql(
        `mutation ($id: Int!, $lines: JSON) { createExecutionsFromSalesOrder(salesOrder: $id, lines: $lines) }`,
        { id: o.order.id, lines: [{ line: robotLine, quantity: '6' }] },
        admin,
      )
      expect(graphql.body.errors).toBeUndefined()
      expect(graphql.body.data.createExecutionsFromSalesOrder.created).toMatchObject([
        { item: o.robot, line: robotLine, quantity: '6' },
      ])
    })

    it('refuses a bad choice for a line naming it, creating none of the lines', async () => {
      const o = await order()
      const [toyLine, , robotLine] = o.order.lines.map((line) => line.id!)
      const store = await payload.create({
        collection: 'locations',
        data: { kind: 'warehouse', name: `Store ${o.tag}` },
      })
      const send = (lines: unknown[]) =>
        api.rest('POST', '/manufacturing/createExecutionsFromSalesOrder', {
          body: { lines, salesOrder: o.order.id },
          token: admin,
        })
      const before = await executionCount()
      const cases: [unknown[], string][] = [
        [
          [{ line: toyLine }, { line: robotLine, quantity: 0 }],
          'lines[1].quantity: must be greater than zero',
        ],
        [
          [{ line: toyLine }, { line: robotLine, productionFloor: store.id }],
          `lines[1].productionFloor: location ${store.id} is not a production floor`,
        ],
        [
          [{ line: toyLine, productionDate: '2026-02-30' }],
          'lines[0].productionDate: 2026-02-30 is not a day of the calendar',
        ],
      ]
      for (const [lines, expected] of cases) {
        const refused = await send(lines)
        expect(refused.status, JSON.stringify(refused.body)).toBe(400)
        expect(message(refused.body)).toBe(expected)
      }
      await startingDone(async (s) => {
        const done = await send([
          { line: toyLine, producedQuantity: 3, productionFloor: o.floor },
          { line: robotLine, productionFloor: o.floor },
        ])
        expect(done.status, JSON.stringify(done.body)).toBe(200)
        const [toy, robot] = await Promise.all(
          done.body.created.map((c: { execution: number }) =>
            payload.findByID({ collection: 'executions', depth: 0, id: c.execution }),
          ),
        )
        expect(toy).toMatchObject({ producedQuantity: 3, status: s.Completed })
        // Unless given, what was produced is the ordered quantity.
        expect(robot).toMatchObject({ producedQuantity: 4, status: s.Completed })
        expect(await onHandAt(payload, o.toy, o.floor)).toBe(3)
        expect(await onHandAt(payload, o.robot, o.floor)).toBe(4)
      })
    })

    it('refuses an unknown order or line, and an order the user may not read', async () => {
      const o = await order()
      const before = await executionCount()
      const unknown = await api.rest('POST', '/manufacturing/createExecutionsFromSalesOrder', {
        body: { salesOrder: 999_999 },
        token: admin,
      })
      expect(unknown.status).toBe(400)
      expect(message(unknown.body)).toBe('salesOrder: no sales order with id 999999')
      const line = await api.rest('POST', '/manufacturing/createExecutionsFromSalesOrder', {
        body: { lines: ['nope'], salesOrder: o.order.id },
        token: admin,
      })
      expect(message(line.body)).toMatch(/^lines\[0\]: SO-\d+ has no line "nope"/)
      // A role that may create executions but not read sales orders.
      const role = await payload.create({
        collection: 'roles',
        data: { name: `Makers ${o.tag}`, permissions: ['executions.create', 'executions.view'] },
      })
      await payload.create({
        collection: 'users',
        data: { email: `maker-${o.tag}@example.com`, password: 'maker', roles: [role.id] },
      })
      const maker = await api.login(`maker-${o.tag}@example.com`, 'maker')
      const hidden = await api.rest('POST', '/manufacturing/createExecutionsFromSalesOrder', {
        body: { salesOrder: o.order.id },
        token: maker,
      })
      expect(hidden.status).toBe(403)
      expect(await executionCount()).toBe(before)
    })
  })
})
