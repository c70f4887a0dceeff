import { beforeAll, describe, expect, it } from 'vitest'

import { statusesByName } from '../support/productionFixtures'
import { type SeededApp, seededApp } from '../support/seededApp'

describe("an order's operations' actual cost", () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string
  let s: Record<string, number>

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
    s = await statusesByName(payload)
  })

  it('is filled on completion from recorded time, else planned, and the lot keeps planned cost', async () => {
    const tag = Date.now().toString(36)
    const item = async (sku: string, kind: string) =>
      (
        await payload.create({
          collection: 'items',
          data: { kind, name: `${sku} ${tag}`, sku: `${sku}-${tag}`, unit: 'pcs' } as never,
        })
      ).id
    const carpenter = await item('CARPENTER', 'resource')
    const painter = await item('PAINTER', 'resource')
    const stool = await item('STOOL', 'product')
    const floor = (
      await payload.create({
        collection: 'locations',
        data: { kind: 'production_floor', name: `Stool shop ${tag}` },
      })
    ).id
    await payload.create({
      collection: 'inventory-adjustments',
      data: {
        lines: [
          { item: carpenter, quantityDelta: 100 },
          { item: painter, quantityDelta: 100 },
        ],
        location: floor,
        type: 'found',
      },
    })
    await payload.create({
      collection: 'boms',
      data: {
        basis: 'per_unit',
        components: [],
        operations: [
          { crewSize: 1, minutes: 30, ratePerHour: 100, resource: carpenter, step: 'Assemble' },
          { crewSize: 2, minutes: 15, ratePerHour: 40, resource: painter, step: 'Paint' },
        ],
        outputQuantity: 1,
        product: stool,
      } as never,
    })
    const created = await api.rest('POST', '/manufacturing-orders', {
      body: { location: floor, product: stool, quantity: 2 },
      token: admin,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const order = created.body.doc
    // Planned for two stools: Assemble 1 × 60 min at 100 = 100; Paint 2 × 30 min at 40 = 40.
    expect(order.operations.map((r: any) => [r.plannedMinutes, r.plannedCost])).toEqual([
      [60, 100],
      [30, 40],
    ])
    // Assembly took two people 45 minutes; painting was not recorded.
    const recorded = await api.rest('PATCH', `/manufacturing-orders/${order.id}`, {
      body: {
        operations: order.operations.map((r: any) =>
          r.step === 'Assemble' ? { ...r, actualCrewSize: 2, actualMinutes: 45 } : r,
        ),
      },
      token: admin,
    })
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(200)
    expect(recorded.body.doc.operations.map((r: any) => r.actualCost)).toEqual([null, null])

    const done = await api.rest('PATCH', `/manufacturing-orders/${order.id}`, {
      body: { status: s.Completed },
      token: admin,
    })
    expect(done.status, JSON.stringify(done.body)).toBe(200)
    // Assemble: 2 × 45 ÷ 60 × 100 = 150; Paint falls back to planned: 2 × 30 ÷ 60 × 40 = 40.
    expect(done.body.doc.operations.map((r: any) => r.actualCost)).toEqual([150, 40])
    const rest = await api.rest('GET', `/manufacturing-orders/${order.id}?depth=0`, {
      token: admin,
    })
    expect(rest.body.operations.map((r: any) => r.actualCost)).toEqual([150, 40])
    const query = await api.graphql(
      `query ($id: Int!) { ManufacturingOrder(id: $id) { operations { actualCost plannedCost } } }`,
      { id: order.id },
      admin,
    )
    expect(query.body.data.ManufacturingOrder.operations).toEqual([
      { actualCost: 150, plannedCost: 100 },
      { actualCost: 40, plannedCost: 40 },
    ])
    // The output lot is costed at the planned operations: (100 + 40) ÷ 2 = 70 a stool.
    const { docs: lots } = await payload.find({
      collection: 'lots',
      where: { item: { equals: stool } },
    })
    expect(lots.map((lot) => lot.unitCost)).toEqual([70])
    expect(rest.body.costs).toMatchObject({ operationCost: 140, unitCost: 70 })

    // An operator, without the view-costs key, does not see it.
    const operator = await api.login('operator@example.com', 'operator')
    const hidden = await api.rest('GET', `/manufacturing-orders/${order.id}?depth=0`, {
      token: operator,
    })
    expect(hidden.body.operations[0].actualCost).toBeUndefined()

    // Moving back out of done empties it again.
    const back = await api.rest('PATCH', `/manufacturing-orders/${order.id}`, {
      body: { status: s.Plan },
      token: admin,
    })
    expect(back.status, JSON.stringify(back.body)).toBe(200)
    expect(back.body.doc.operations.map((r: any) => r.actualCost)).toEqual([null, null])
  })
})
