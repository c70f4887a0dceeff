import { beforeAll, describe, expect, it } from 'vitest'

import { statusesByName } from '../support/productionFixtures'
import { type SeededApp, seededApp } from '../support/seededApp'

let counter = 0

describe('a manufacturing order’s fields', () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string
  let s: Record<string, number>

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
    s = await statusesByName(payload)
  })

  /**
   * Shelves made ten at a time: a recipe of 10 shelves from 2 m² of board at 50 and 40 screws at
   * 0.5, and an hour of a carpenter at 60 (120 of material and 60 of work for ten). A warehouse
   * beside the production floor, and a spare part for one-off lines.
   */
  const fixtures = async () => {
    const tag = `${Date.now().toString(36)}${(counter++).toString(36)}`
    const item = async (sku: string, kind: string, unit: string, standardCost = 0) =>
      (
        await payload.create({
          collection: 'items',
          data: { kind, name: `${sku} ${tag}`, sku: `${sku}-${tag}`, standardCost, unit } as never,
        })
      ).id
    const board = await item('BOARD', 'material', 'm²', 50)
    const screw = await item('SCREW', 'material', 'pcs', 0.5)
    const glue = await item('GLUE', 'material', 'ml', 0.1)
    const carpenter = await item('CARPENTER', 'resource', 'h')
    const shelf = await item('SHELF', 'product', 'shelves')
    const location = async (kind: string, name: string) =>
      (
        await payload.create({
          collection: 'locations',
          data: { kind, name: `${name} ${tag}` } as never,
        })
      ).id as number
    const floor = await location('production_floor', 'Shelf shop')
    const warehouse = await location('warehouse', 'Board store')
    const other = await location('production_floor', 'Second shop')
    await payload.create({
      collection: 'inventory-adjustments',
      data: {
        lines: [
          { item: board, quantityDelta: 20 },
          { item: screw, quantityDelta: 400 },
          { item: glue, quantityDelta: 1000 },
          { item: carpenter, quantityDelta: 10 },
        ],
        location: floor,
        type: 'found',
      },
    })
    await payload.create({
      collection: 'boms',
      data: {
        components: [
          { item: board, quantity: 2 },
          { item: screw, quantity: 40 },
        ],
        operations: [
          { crewSize: 1, minutes: 60, ratePerHour: 60, resource: carpenter, step: 'Cut' },
        ],
        outputQuantity: 10,
        product: shelf,
      } as never,
    })
    return { board, floor, glue, other, screw, shelf, tag, warehouse }
  }

  const patch = (id: number, body: Record<string, unknown>) =>
    api.rest('PATCH', `/manufacturing-orders/${id}`, { body, token: admin })
  const get = async (id: number) =>
    (await api.rest('GET', `/manufacturing-orders/${id}?depth=0`, { token: admin })).body
  const ordersOf = async (product: number) =>
    (
      await payload.count({
        collection: 'manufacturing-orders',
        where: { product: { equals: product } },
      })
    ).totalDocs

  it('makes what the recipe makes unless told, and shows every quantity’s unit', async () => {
    const f = await fixtures()
    const rest = await api.rest('POST', '/manufacturing-orders', {
      body: { location: f.floor, product: f.shelf },
      token: admin,
    })
    expect(rest.status, JSON.stringify(rest.body)).toBe(201)
    const doc = rest.body.doc
    expect(doc).toMatchObject({ quantity: 10, unit: 'shelves' })
    expect(doc.ingredients.map((r: any) => [r.plannedQuantity, r.unit])).toEqual([
      [2, 'm²'],
      [40, 'pcs'],
    ])

    const local = await payload.create({
      collection: 'manufacturing-orders',
      data: { location: f.floor, product: f.shelf } as never,
    })
    expect(local.quantity).toBe(10)

    const made = await api.rest('POST', '/manufacturing/recordOrderOutput', {
      body: { order: doc.id, quantity: 5 },
      token: admin,
    })
    expect(made.status, JSON.stringify(made.body)).toBe(200)
    const now = await get(doc.id)
    expect(now.outputs.map((r: any) => [r.completedQuantity, r.unit])).toEqual([[5, 'shelves']])
  })

  it('snapshots the SKU and unit of a line added by hand', async () => {
    const f = await fixtures()
    const created = await api.rest('POST', '/manufacturing-orders', {
      body: { location: f.floor, product: f.shelf, quantity: 10 },
      token: admin,
    })
    const doc = created.body.doc
    const added = await patch(doc.id, {
      ingredients: [...doc.ingredients, { item: f.glue, plannedQuantity: 50 }],
    })
    expect(added.status, JSON.stringify(added.body)).toBe(200)
    expect(added.body.doc.ingredients.map((r: any) => [r.sku, r.unit])).toEqual([
      [`BOARD-${f.tag}`, 'm²'],
      [`SCREW-${f.tag}`, 'pcs'],
      [`GLUE-${f.tag}`, 'ml'],
    ])

    // A SKU sent with the line is not the line's: the item's is.
    const local = await payload.create({
      collection: 'manufacturing-orders',
      data: {
        ingredients: [{ item: f.glue, plannedQuantity: 5, sku: 'made up' }],
        location: f.floor,
        product: f.shelf,
      } as never,
    })
    expect(local.ingredients!.map((r) => [r.sku, r.unit])).toEqual([[`GLUE-${f.tag}`, 'ml']])
  })

  it('fills each ingredient’s actual quantity from what it consumed; an override is its own field', async () => {
    const f = await fixtures()
    const created = await api.rest('POST', '/manufacturing-orders', {
      body: { location: f.floor, product: f.shelf, quantity: 10 },
      token: admin,
    })
    const doc = created.body.doc
    expect(doc.ingredients.map((r: any) => r.actualQuantity)).toEqual([0, 0])

    // Sent through the API, the actual quantity is not taken: it is what was consumed.
    const sent = await patch(doc.id, {
      ingredients: doc.ingredients.map((r: any) => ({ ...r, actualQuantity: 99 })),
    })
    expect(sent.status, JSON.stringify(sent.body)).toBe(200)
    expect(sent.body.doc.ingredients.map((r: any) => r.actualQuantity)).toEqual([0, 0])

    const made = await api.rest('POST', '/manufacturing/recordOrderOutput', {
      body: { order: doc.id, quantity: 5 },
      token: admin,
    })
    expect(made.status, JSON.stringify(made.body)).toBe(200)
    let now = await get(doc.id)
    expect(now.ingredients.map((r: any) => r.actualQuantity)).toEqual([1, 20])

    // 45 screws really went into the ten: the override is what the rules consume up to.
    const overridden = await patch(doc.id, {
      ingredients: now.ingredients.map((r: any) =>
        r.sku === `SCREW-${f.tag}` ? { ...r, actualOverride: 45 } : r,
      ),
    })
    expect(overridden.status, JSON.stringify(overridden.body)).toBe(200)
    expect((await patch(doc.id, { status: s.Painting })).status).toBe(200)
    now = await get(doc.id)
    expect(now.ingredients.map((r: any) => [r.actualOverride ?? null, r.actualQuantity])).toEqual([
      [null, 2],
      [45, 45],
    ])
  })

  it('costs an output row’s unit as its materials, the operations’ share apart', async () => {
    const f = await fixtures()
    const created = await api.rest('POST', '/manufacturing-orders', {
      body: { location: f.floor, product: f.shelf, quantity: 10 },
      token: admin,
    })
    const made = await api.rest('POST', '/manufacturing/recordOrderOutput', {
      body: { order: created.body.doc.id, quantity: 5 },
      token: admin,
    })
    expect(made.status, JSON.stringify(made.body)).toBe(200)
    const now = await get(created.body.doc.id)
    // Five shelves: 60 of material (12 each) and half the hour's 60 (6 each).
    expect(now.outputs[0]).toMatchObject({
      materialCost: 60,
      operationCost: 30,
      operationUnitCost: 6,
      unitCost: 12,
    })
    // The order's totals carry the operations whole; the lot absorbs its row's share, 18 each.
    expect(now.costs).toMatchObject({ materialCost: 60, operationCost: 60, totalCost: 120 })
    const lot = await payload.findByID({ collection: 'lots', id: made.body.lot.id })
    expect(lot.unitCost).toBe(18)
  })

  it('is made on a production floor, fixed once started', async () => {
    const f = await fixtures()
    const before = await ordersOf(f.shelf)
    const rest = await api.rest('POST', '/manufacturing-orders', {
      body: { location: f.warehouse, product: f.shelf },
      token: admin,
    })
    expect(rest.status).toBe(400)
    expect(rest.body.errors[0].data.errors[0].path).toBe('location')
    expect(rest.body.errors[0].message).toMatch(/production floor/)
    await expect(
      payload.create({
        collection: 'manufacturing-orders',
        data: { location: f.warehouse, product: f.shelf } as never,
      }),
    ).rejects.toMatchObject({ status: 400 })
    expect(await ordersOf(f.shelf)).toBe(before)

    const created = await api.rest('POST', '/manufacturing-orders', {
      body: { location: f.floor, product: f.shelf },
      token: admin,
    })
    const id = created.body.doc.id
    const toWarehouse = await patch(id, { location: f.warehouse })
    expect(toWarehouse.status).toBe(400)
    expect(toWarehouse.body.errors[0].data.errors[0].path).toBe('location')
    // Until it starts, another floor is the order's own choice.
    expect((await patch(id, { location: f.other })).status).toBe(200)
    expect((await patch(id, { location: f.floor })).status).toBe(200)

    const made = await api.rest('POST', '/manufacturing/recordOrderOutput', {
      body: { order: id, quantity: 1 },
      token: admin,
    })
    expect(made.status, JSON.stringify(made.body)).toBe(200)
    const moved = await patch(id, { location: f.other })
    expect(moved.status).toBe(400)
    expect(moved.body.errors[0].data.errors[0].path).toBe('location')
    expect(moved.body.errors[0].message).toMatch(/started/)
    await expect(
      payload.update({ collection: 'manufacturing-orders', data: { location: f.other }, id }),
    ).rejects.toMatchObject({ status: 400 })
    expect((await get(id)).location).toBe(f.floor)
    // What is not a location's id is named as the location, before and after the start.
    for (const bad of ['abc', 1.5, "1'--", [true]]) {
      const made = await api.rest('POST', '/manufacturing-orders', {
        body: { location: bad, product: f.shelf },
        token: admin,
      })
      const moved = await patch(id, { location: bad })
      for (const answer of [made, moved]) {
        expect(answer.status, `${JSON.stringify(bad)}: ${JSON.stringify(answer.body)}`).toBe(400)
        expect(answer.body.errors[0].data.errors[0].path).toBe('location')
      }
    }
    expect(await ordersOf(f.shelf)).toBe(before + 1)
    // The same place again is no change.
    expect((await patch(id, { location: f.floor, notes: 'on its way' })).status).toBe(200)
  })
})
