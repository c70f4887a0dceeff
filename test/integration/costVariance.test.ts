import { beforeAll, describe, expect, it } from 'vitest'

import { statusesByName, toyFixtures } from '../support/productionFixtures'
import { type SeededApp, seededApp } from '../support/seededApp'

describe('planned cost beside actual cost, and the variance', () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string
  let operator: string
  let s: Record<string, number>

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
    operator = await api.login('operator@example.com', 'operator')
    s = await statusesByName(payload)
  })

  const call = (action: string, body: Record<string, unknown>, token = admin) =>
    api.rest('POST', `/manufacturing/${action}`, { body, token })

  it("compares an order's plan at current cost with what it consumed and took", async () => {
    const tag = Date.now().toString(36)
    const item = async (sku: string, kind: string, standardCost?: number) =>
      (
        await payload.create({
          collection: 'items',
          data: {
            kind,
            name: `${sku} ${tag}`,
            sku: `${sku}-${tag}`,
            standardCost,
            unit: 'pcs',
          } as never,
        })
      ).id
    const top = await item('TOP', 'material', 300)
    const screw = await item('SCREW', 'material', 10)
    const leg = await item('LEG', 'material', 50)
    const carpenter = await item('CARPENTER', 'resource', 0)
    const table = await item('TABLE', 'product')
    const floor = (
      await payload.create({
        collection: 'locations',
        data: { kind: 'production_floor', name: `Cost shop ${tag}` },
      })
    ).id
    await payload.create({
      collection: 'inventory-adjustments',
      data: {
        lines: [
          { item: top, quantityDelta: 10 },
          { item: screw, quantityDelta: 100 },
          { item: leg, quantityDelta: 40 },
          { item: carpenter, quantityDelta: 20 },
        ],
        location: floor,
        type: 'found',
      },
    })
    await payload.create({
      collection: 'boms',
      data: {
        components: [
          { item: top, quantity: 1 },
          { item: screw, quantity: 5 },
          { item: leg, quantity: 4 },
        ],
        operations: [
          { crewSize: 1, minutes: 30, ratePerHour: 100, resource: carpenter, step: 'Assemble' },
        ],
        outputQuantity: 1,
        product: table,
      } as never,
    })
    const order = (
      await api.rest('POST', '/manufacturing-orders', {
        body: { location: floor, product: table, quantity: 2 },
        token: admin,
      })
    ).body.doc
    // Planned for two: 2 × 300 + 10 × 10 + 8 × 50 = 1100 of material, 60 minutes at 100 = 100.
    const before = await call('orderCostVariance', { order: order.id })
    expect(before.status, JSON.stringify(before.body)).toBe(200)
    expect(before.body.planned).toEqual({
      materialCost: '1100',
      operationCost: '100',
      totalCost: '1200',
      unitCost: '600',
    })
    expect(before.body.actual).toEqual({
      materialCost: '0',
      operationCost: '0',
      totalCost: '0',
      unitCost: null,
    })
    expect(before.body.variance.totalCost).toBe('-1200')
    expect(
      before.body.lines.map((l: any) => [l.item, l.quantity, l.unitCost, l.cost, l.source]),
    ).toEqual([
      [top, '2', '300', '600', 'on_hand'],
      [screw, '10', '10', '100', 'on_hand'],
      [leg, '8', '50', '400', 'on_hand'],
    ])

    // Two screws more than planned, and the assembly took 90 minutes.
    const done = await api.rest('PATCH', `/manufacturing-orders/${order.id}`, {
      body: {
        ingredients: order.ingredients.map((r: any) =>
          r.sku === `SCREW-${tag}` ? { ...r, actualOverride: 12 } : r,
        ),
        operations: order.operations.map((r: any) => ({ ...r, actualMinutes: 90 })),
        status: s.Completed,
      },
      token: admin,
    })
    expect(done.status, JSON.stringify(done.body)).toBe(200)
    const after = await call('orderCostVariance', { order: order.id })
    // Actual: 600 + 120 + 400 = 1120 of material, 1 × 90 ÷ 60 × 100 = 150: 1270, 635 a table.
    expect(after.body.actual).toEqual({
      materialCost: '1120',
      operationCost: '150',
      totalCost: '1270',
      unitCost: '635',
    })
    expect(after.body.planned.totalCost).toBe('1200')
    expect(after.body.variance).toEqual({
      materialCost: '20',
      operationCost: '50',
      totalCost: '70',
      unitCost: '35',
    })
    const query = await api.graphql(
      `query ($order: Int!) { orderCostVariance(order: $order) }`,
      { order: order.id },
      admin,
    )
    expect(query.body.data.orderCostVariance).toEqual(after.body)

    // Without the view-costs key the quantities show, no figure does.
    const hidden = await call('orderCostVariance', { order: order.id }, operator)
    expect(hidden.status).toBe(200)
    expect(hidden.body.planned).toEqual({})
    expect(hidden.body.variance).toEqual({})
    expect(hidden.body.lines[0]).toEqual({ item: top, quantity: '2', source: 'on_hand' })

    expect((await call('orderCostVariance', { order: 0 })).status).toBe(400)
    expect((await call('orderCostVariance', { order: 99999999 })).status).toBe(404)
  })

  it("compares an execution's requirements at current cost with what it consumed", async () => {
    const f = await toyFixtures(payload)
    const created = await api.rest('POST', '/executions', {
      body: {
        lotLabel: `LOT-${f.tag}`,
        plannedQuantity: 5,
        product: f.toy,
        productionDate: '2026-11-23',
        productionFloor: f.floor,
      },
      token: admin,
    })
    const id = created.body.doc.id
    // Planned for five toys: 10 kg plastic at 2 and 5 l paint at 5: 45, 9 a toy.
    const before = await call('executionCostVariance', { id })
    expect(before.status, JSON.stringify(before.body)).toBe(200)
    expect(before.body.planned).toEqual({
      materialCost: '45',
      operationCost: '0',
      totalCost: '45',
      unitCost: '9',
    })
    const moved = await api.rest('PATCH', `/executions/${id}`, {
      body: { producedQuantity: 4, status: s.Completed },
      token: admin,
    })
    expect(moved.status, JSON.stringify(moved.body)).toBe(200)
    // The whole requirement was consumed for four toys: 45 ÷ 4 = 11.25 a toy.
    const after = await call('executionCostVariance', { id })
    expect(after.body.actual).toEqual({
      materialCost: '45',
      operationCost: '0',
      totalCost: '45',
      unitCost: '11.25',
    })
    expect(after.body.variance).toEqual({
      materialCost: '0',
      operationCost: '0',
      totalCost: '0',
      unitCost: '2.25',
    })
    const query = await api.graphql(
      `query ($id: Int!) { executionCostVariance(id: $id) }`,
      { id },
      admin,
    )
    expect(query.body.data.executionCostVariance).toEqual(after.body)
    const hidden = await call('executionCostVariance', { id }, operator)
    expect(hidden.body.actual).toEqual({})
  })
})
