import { beforeAll, describe, expect, it } from 'vitest'

import { firstProductionFloor, tableAndDough } from '../support/orderFixtures'
import { type SeededApp, seededApp } from '../support/seededApp'

describe('a new manufacturing order’s defaults', () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
  })

  it('makes one unit or one batch on the first production floor, editable until started', async () => {
    const f = await tableAndDough(payload)
    const floor = await firstProductionFloor(payload)
    const table = await api.rest('POST', '/manufacturing-orders', {
      body: { product: f.table },
      token: admin,
    })
    expect(table.status, JSON.stringify(table.body)).toBe(201)
    expect(table.body.doc).toMatchObject({ location: { id: floor }, mode: 'discrete', quantity: 1 })
    expect(table.body.doc.ingredients.map((r: any) => r.plannedQuantity)).toEqual([1, 5, 4])

    const dough = await api.graphql(
      `mutation ($product: Int!) { createManufacturingOrder(data: { product: $product }) { id batches mode location { id } outputs { plannedQuantity } } }`,
      { product: f.dough },
      admin,
    )
    expect(dough.body.errors).toBeUndefined()
    expect(dough.body.data.createManufacturingOrder).toMatchObject({
      batches: 1,
      location: { id: floor },
      mode: 'batch',
      outputs: [{ plannedQuantity: 20 }],
    })

    // Both are the order's own to change until it starts.
    const more = await api.rest('PATCH', `/manufacturing-orders/${table.body.doc.id}`, {
      body: { location: f.floor, quantity: 3 },
      token: admin,
    })
    expect(more.status, JSON.stringify(more.body)).toBe(200)
    expect(more.body.doc.ingredients.map((r: any) => r.plannedQuantity)).toEqual([3, 15, 12])
    const made = await api.rest('POST', '/manufacturing/recordOrderOutput', {
      body: { order: table.body.doc.id, quantity: 1 },
      token: admin,
    })
    expect(made.status, JSON.stringify(made.body)).toBe(200)
    const fixed = await api.rest('PATCH', `/manufacturing-orders/${table.body.doc.id}`, {
      body: { quantity: 5 },
      token: admin,
    })
    expect(fixed.status).toBe(409)
    expect(fixed.body.errors[0].message).toMatch(/has started/)

    // Named explicitly, the order's own figures win over the defaults.
    const named = await api.rest('POST', '/manufacturing-orders', {
      body: { location: f.floor, product: f.table, quantity: 2 },
      token: admin,
    })
    expect(named.body.doc).toMatchObject({ location: { id: f.floor }, quantity: 2 })
  })

  it('makes a product where its item says it is made, unless the order names a place', async () => {
    const f = await tableAndDough(payload)
    await payload.update({ collection: 'items', data: { productionFloor: f.floor }, id: f.table })
    const made = await api.rest('POST', '/manufacturing-orders', {
      body: { product: f.table },
      token: admin,
    })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    expect(made.body.doc.location.id).toBe(f.floor)

    const fromBom = await api.rest('POST', '/manufacturing/createManufacturingOrdersFromBoms', {
      body: { lines: [{ bom: f.tableBom, quantity: 1 }] },
      token: admin,
    })
    expect(fromBom.status, JSON.stringify(fromBom.body)).toBe(200)
    const created = await payload.findByID({
      collection: 'manufacturing-orders',
      depth: 0,
      id: fromBom.body.created[0].id,
    })
    expect(created.location).toBe(f.floor)

    // An order keeps a location: clearing it is refused, naming the field.
    const cleared = await api.rest('PATCH', `/manufacturing-orders/${made.body.doc.id}`, {
      body: { location: null },
      token: admin,
    })
    expect(cleared.status).toBe(400)
    expect(cleared.body.errors[0].data.errors[0].path).toBe('location')
  })
})
