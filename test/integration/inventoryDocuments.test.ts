import { beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { inventoryFixtures, onHandOf } from '../support/inventoryFixtures'
import { type SeededApp, seededApp } from '../support/seededApp'

describe('inventory adjustments and purchase orders', () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string
  let f: Awaited<ReturnType<typeof inventoryFixtures>>

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
  })
  beforeEach(async () => {
    f = await inventoryFixtures(payload)
  })

  const adjust = (type: string, quantityDelta: number, extra: Record<string, unknown> = {}) =>
    api.rest('POST', '/inventory-adjustments', {
      body: { lines: [{ item: f.item, quantityDelta, ...extra }], location: f.warehouse, type },
      token: admin,
    })

  it('posts a found adjustment when saved, into a new lot at the standard cost', async () => {
    await payload.update({ collection: 'items', data: { standardCost: 4.5 }, id: f.item })
    const { body, status } = await adjust('found', 8)
    expect(status).toBe(201)
    expect(body.doc.number).toBe(`ADJ-${String(body.doc.id).padStart(6, '0')}`)
    const balances = await onHandOf(payload, f.item)
    expect(balances.get(f.warehouse)).toBe(8)
    expect(balances.get(f.virtual.adjustment)).toBe(-8)
    const withStock = await payload.findByID({ collection: 'items', depth: 1, id: f.item })
    expect(withStock.stock?.docs?.map((b) => (typeof b === 'object' ? b.onHand : b))).toEqual([8])
    expect(withStock.movements?.docs).toHaveLength(1)
    const [movement] = (
      await payload.find({ collection: 'stock-movements', where: { item: { equals: f.item } } })
    ).docs
    expect(movement).toMatchObject({
      reason: 'adjustment',
      sourceCollection: 'inventory-adjustments',
      sourceId: String(body.doc.id),
      unitCost: 4.5,
    })
  })

  it('sends waste to the loss location, refuses adding stock as waste, and saves nothing when refused', async () => {
    await adjust('found', 5)
    const wasted = await adjust('waste', -2)
    expect(wasted.status).toBe(201)
    expect((await onHandOf(payload, f.item)).get(f.virtual.loss)).toBe(2)
    const before = (await payload.count({ collection: 'inventory-adjustments' })).totalDocs
    const wrong = await adjust('waste', 3)
    expect(wrong.status).toBe(400)
    expect(JSON.stringify(wrong.body)).toMatch(
      /lines\[0\]\.quantityDelta: a waste adjustment only removes stock/,
    )
    const tooMuch = await adjust('damage', -10)
    expect(tooMuch.status).toBe(409)
    expect(tooMuch.body.errors[0].message).toMatch(/not enough .*: 3 available, 10 required/)
    expect((await payload.count({ collection: 'inventory-adjustments' })).totalDocs).toBe(before)
  })

  it('refuses editing a posted adjustment, and reverses it once with its mirror', async () => {
    const { body } = await adjust('found', 6)
    const edit = await api.rest('PATCH', `/inventory-adjustments/${body.doc.id}`, {
      body: { lines: [{ item: f.item, quantityDelta: 60 }] },
      token: admin,
    })
    expect(edit.status).toBe(400)
    expect(edit.body.errors[0].message).toMatch(/is posted and cannot be edited/)
    const notes = await api.rest('PATCH', `/inventory-adjustments/${body.doc.id}`, {
      body: { notes: 'counted twice' },
      token: admin,
    })
    expect(notes.status).toBe(200)

    const mutation = `mutation ($id: Int!) { reverseInventoryAdjustment(id: $id) }`
    const reversed = await api.graphql(mutation, { id: body.doc.id }, admin)
    expect(reversed.body.errors).toBeUndefined()
    expect(reversed.body.data.reverseInventoryAdjustment.status).toBe('reversed')
    expect((await onHandOf(payload, f.item)).get(f.warehouse)).toBe(0)
    const again = await api.rest('POST', '/manufacturing/reverseInventoryAdjustment', {
      body: { id: body.doc.id },
      token: admin,
    })
    expect(again.status).toBe(200)
    expect(again.body.replayed).toBe(true)
    expect((await onHandOf(payload, f.item)).get(f.warehouse)).toBe(0)
    const doc = await payload.findByID({ collection: 'inventory-adjustments', id: body.doc.id })
    expect(doc.status).toBe('reversed')
  })

  it('receives a purchase order in parts into lots at the line cost, then completes it', async () => {
    const supplier = await payload.create({
      collection: 'suppliers',
      data: { name: `Mill ${f.tag}` },
    })
    const { body } = await api.rest('POST', '/purchase-orders', {
      body: {
        lines: [
          { item: f.item, quantity: 10, unitCost: 1.25 },
          { item: f.other, quantity: 4, unitCost: 2 },
        ],
        status: 'sent',
        supplier: supplier.id,
      },
      token: admin,
    })
    const id = body.doc.id
    expect(body.doc.number).toMatch(/^PO-\d{6}$/)
    const partial = await api.rest('POST', '/manufacturing/receivePurchaseOrder', {
      body: { id, key: 'delivery-1', lines: [{ line: 0, quantity: 6 }], location: f.warehouse },
      token: admin,
    })
    expect(partial.status).toBe(200)
    expect(partial.body.status).toBe('partially_received')
    const retry = await api.rest('POST', '/manufacturing/receivePurchaseOrder', {
      body: { id, key: 'delivery-1', lines: [{ line: 0, quantity: 6 }], location: f.warehouse },
      token: admin,
    })
    expect(retry.body.replayed).toBe(true)
    expect((await onHandOf(payload, f.item)).get(f.warehouse)).toBe(6)
    const lot = await payload.findByID({ collection: 'lots', id: partial.body.movements[0].lot })
    expect(lot).toMatchObject({ sourceDocument: `purchase-orders/${id}`, unitCost: 1.25 })

    const over = await api.rest('POST', '/manufacturing/receivePurchaseOrder', {
      body: { id, lines: [{ line: 0, quantity: 5 }], location: f.warehouse },
      token: admin,
    })
    expect(over.status).toBe(400)
    expect(JSON.stringify(over.body)).toMatch(/lines\[0\]\.quantity: only 4 of line 0 is still due/)

    const rest = await api.graphql(
      `mutation ($id: Int!, $location: Int!) { receivePurchaseOrder(id: $id, location: $location) }`,
      { id, location: f.warehouse },
      admin,
    )
    expect(rest.body.errors).toBeUndefined()
    expect(rest.body.data.receivePurchaseOrder.status).toBe('received')
    expect((await onHandOf(payload, f.item)).get(f.warehouse)).toBe(10)
    expect((await onHandOf(payload, f.other)).get(f.warehouse)).toBe(4)
    const order = await payload.findByID({ collection: 'purchase-orders', id })
    expect(order.lines!.map((l) => l.receivedQuantity)).toEqual([10, 4])
    const shrink = await api.rest('PATCH', `/purchase-orders/${id}`, {
      body: {
        lines: [
          { ...order.lines![0], item: f.item, quantity: 3 },
          { ...order.lines![1], item: f.other },
        ],
      },
      token: admin,
    })
    expect(shrink.status).toBe(400)
    expect(shrink.body.errors[0].message).toMatch(/cannot be less than the 10 already received/)
    const forged = await api.rest('PATCH', `/purchase-orders/${id}`, {
      body: {
        lines: order.lines!.map((l) => ({
          ...l,
          item: typeof l.item === 'object' ? l.item.id : l.item,
          receivedQuantity: 0,
        })),
      },
      token: admin,
    })
    expect(forged.status).toBe(200)
    expect(
      forged.body.doc.lines.map((l: { receivedQuantity: number }) => l.receivedQuantity),
    ).toEqual([10, 4])
  })

  it('needs purchases.receive to receive', async () => {
    const viewer = await api.login('viewer@example.com', 'viewer')
    const { status } = await api.rest('POST', '/manufacturing/receivePurchaseOrder', {
      body: { id: 1, location: f.warehouse },
      token: viewer,
    })
    expect(status).toBe(403)
  })

  it('keeps virtual locations and stocked records from being edited or deleted', async () => {
    await adjust('found', 1)
    const edit = await api.rest('PATCH', `/locations/${f.virtual.loss}`, {
      body: { name: 'Bin' },
      token: admin,
    })
    expect(edit.status).toBe(400)
    const create = await api.rest('POST', '/locations', {
      body: { kind: 'virtual', name: `Ghost ${f.tag}`, virtualRole: 'loss' },
      token: admin,
    })
    expect(create.status).toBe(400)
    expect(
      (await api.rest('DELETE', `/locations/${f.virtual.supplier}`, { token: admin })).status,
    ).toBe(400)
    const item = await api.rest('DELETE', `/items/${f.item}`, { token: admin })
    expect(item.status).toBe(409)
    expect(item.body.errors[0].message).toMatch(/has 1 stock movement and cannot be deleted/)
    expect((await api.rest('DELETE', `/locations/${f.warehouse}`, { token: admin })).status).toBe(
      409,
    )
  })
})
