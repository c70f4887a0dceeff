import { beforeAll, describe, expect, it } from 'vitest'

import { toyFixtures } from '../support/productionFixtures'
import { type SeededApp, seededApp } from '../support/seededApp'

describe("an execution's sales order and its line", () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
  })

  const fixtures = async () => {
    const f = await toyFixtures(payload)
    const other = await payload.create({
      collection: 'items',
      data: { kind: 'product', name: `OTHER ${f.tag}`, sku: `OTHER-${f.tag}`, unit: 'pcs' },
    })
    const customer = await payload.create({
      collection: 'customers',
      data: { name: `Customer ${f.tag}` },
    })
    const order = await payload.create({
      collection: 'sales-orders',
      data: {
        customer: customer.id,
        lines: [
          { item: f.toy, quantity: 3 },
          { item: other.id, quantity: 1 },
        ],
      },
    })
    const [toyLine, otherLine] = order.lines.map((line) => line.id!)
    const execution = {
      plannedQuantity: 3,
      product: f.toy,
      productionDate: '2026-11-24',
      productionFloor: f.floor,
    }
    return { ...f, execution, order, otherLine: otherLine!, toyLine: toyLine! }
  }

  const count = async (order: number) =>
    (
      await payload.count({
        collection: 'executions',
        where: { salesOrder: { equals: order } },
      })
    ).totalDocs

  it('refuses a sales order without its line over REST and GraphQL, naming the field', async () => {
    const f = await fixtures()
    const refused = await api.rest('POST', '/executions', {
      body: { ...f.execution, salesOrder: f.order.id },
      token: admin,
    })
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].data.errors).toEqual([
      {
        message: `salesOrderLine: choose the line of ${f.order.number} this execution makes`,
        path: 'salesOrderLine',
      },
    ])
    const cases: [Record<string, unknown>, string][] = [
      [{ salesOrderLine: f.toyLine }, 'salesOrder: choose the sales order that salesOrderLine belongs to'],
      [
        { salesOrder: f.order.id, salesOrderLine: 'nope' },
        `salesOrderLine: ${f.order.number} has no line nope`,
      ],
      [
        { salesOrder: f.order.id, salesOrderLine: f.otherLine },
        `salesOrderLine: that line of ${f.order.number} orders another item than this execution's product`,
      ],
      [
        { salesOrder: 999_999, salesOrderLine: f.toyLine },
        'salesOrder: no sales order with id 999999',
      ],
    ]
    for (const [link, message] of cases) {
      const { body, status } = await api.rest('POST', '/executions', {
        body: { ...f.execution, ...link },
        token: admin,
      })
      expect(status, JSON.stringify(link)).toBe(400)
      expect(body.errors[0].data.errors[0].message).toBe(message)
    }
    const graphql = await api.graphql(
      `mutation ($data: mutationExecutionInput!) { createExecution(data: $data) { id } }`,
      { data: { ...f.execution, salesOrder: f.order.id } },
      admin,
    )
    expect(JSON.stringify(graphql.body.errors)).toMatch(/salesOrderLine: choose the line/)
    expect(await count(f.order.id)).toBe(0)
  })

  it('takes an order with its own line, and keeps them together on update', async () => {
    const f = await fixtures()
    const { body, status } = await api.rest('POST', '/executions?depth=0', {
      body: { ...f.execution, salesOrder: f.order.id, salesOrderLine: f.toyLine },
      token: admin,
    })
    expect(status, JSON.stringify(body)).toBe(201)
    expect(body.doc).toMatchObject({ salesOrder: f.order.id, salesOrderLine: f.toyLine })
    const id = body.doc.id

    // Dropping the line alone leaves the order without it.
    const dropped = await api.rest('PATCH', `/executions/${id}`, {
      body: { salesOrderLine: null },
      token: admin,
    })
    expect(dropped.status).toBe(400)
    expect(dropped.body.errors[0].data.errors[0].path).toBe('salesOrderLine')
    // Unrelated changes are not checked again; unlinking both is allowed.
    const noted = await api.rest('PATCH', `/executions/${id}`, {
      body: { note: 'rush' },
      token: admin,
    })
    expect(noted.status, JSON.stringify(noted.body)).toBe(200)
    const unlinked = await api.rest('PATCH', `/executions/${id}?depth=0`, {
      body: { salesOrder: null, salesOrderLine: null },
      token: admin,
    })
    expect(unlinked.status, JSON.stringify(unlinked.body)).toBe(200)
    expect(unlinked.body.doc).toMatchObject({ salesOrder: null, salesOrderLine: null })
  })
})
