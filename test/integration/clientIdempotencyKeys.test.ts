import { beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { inventoryFixtures, onHandOf } from '../support/inventoryFixtures'
import { type SeededApp, seededApp } from '../support/seededApp'

/**
 * The keys clients send and the keys the system posts under live apart: a client key is scoped by
 * its user and action, so no client can block a posting the system will make, or replay or block
 * another user's.
 */
describe('client idempotency keys', () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string
  let other: string
  let f: Awaited<ReturnType<typeof inventoryFixtures>>

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
    const {
      docs: [ada],
    } = await payload.find({
      collection: 'users',
      depth: 0,
      where: { email: { equals: 'admin@example.com' } },
    })
    const email = `second-admin-${Date.now()}@example.com`
    await payload.create({
      collection: 'users',
      data: { email, name: 'Second Admin', password: 'second', roles: ada!.roles } as never,
    })
    other = await api.login(email, 'second')
  })

  beforeEach(async () => {
    f = await inventoryFixtures(payload)
  })

  const receiveLine = (quantity: number) => ({
    from: f.virtual.supplier,
    item: f.item,
    newLot: { unitCost: 1 },
    quantity,
    reason: 'receipt',
    to: f.warehouse,
  })
  const postAs = (token: string, key: string, lines: unknown[]) =>
    api.rest('POST', '/manufacturing/postStockMovements', { body: { key, lines }, token })
  const adjust = () =>
    api.rest('POST', '/inventory-adjustments', {
      body: { lines: [{ item: f.item, quantityDelta: 3 }], location: f.warehouse, type: 'found' },
      token: admin,
    })

  it('a client posting under the key a later adjustment will use does not block it', async () => {
    const first = await adjust()
    expect(first.status).toBe(201)
    const next = first.body.doc.id + 1
    const squatter = await postAs(admin, `inventory-adjustments/${next}/post`, [receiveLine(1)])
    expect(squatter.status).toBe(200)
    const later = await adjust()
    expect([later.status, JSON.stringify(later.body)]).toEqual([201, expect.any(String)])
    expect(later.body.doc.id).toBe(next)
    expect((await onHandOf(payload, f.item)).get(f.warehouse)).toBe(7)
  })

  it('two users using the same key both post; one user retrying replays', async () => {
    const key = `shared-${f.tag}`
    const mine = await postAs(admin, key, [receiveLine(2)])
    const theirs = await postAs(other, key, [receiveLine(5)])
    expect([mine.status, theirs.status]).toEqual([200, 200])
    expect([mine.body.replayed, theirs.body.replayed]).toEqual([false, false])
    const retry = await postAs(admin, key, [receiveLine(2)])
    expect(retry.status).toBe(200)
    expect(retry.body.replayed).toBe(true)
    expect(retry.body.movements.map((m: any) => m.id)).toEqual(
      mine.body.movements.map((m: any) => m.id),
    )
    expect((await onHandOf(payload, f.item)).get(f.warehouse)).toBe(7)
    const reused = await postAs(admin, key, [receiveLine(3)])
    expect([reused.status, reused.body.errors[0].message]).toEqual([
      409,
      `The idempotency key "${key}" was already used for a different posting; nothing was written.`,
    ])
    // Each user reverses their own posting by the key they sent.
    const undo = await api.rest('POST', '/manufacturing/reverseStockMovements', {
      body: { key: `undo-${f.tag}`, postingKey: key },
      token: other,
    })
    expect(undo.status, JSON.stringify(undo.body)).toBe(200)
    expect((await onHandOf(payload, f.item)).get(f.warehouse)).toBe(2)
  })

  it('a receipt under a client key does not take the key of a later receipt without one', async () => {
    const supplier = await payload.create({
      collection: 'suppliers',
      data: { name: `Mill ${f.tag}` },
    })
    const { body } = await api.rest('POST', '/purchase-orders', {
      body: {
        lines: [{ item: f.item, quantity: 10, unitCost: 1.25 }],
        status: 'sent',
        supplier: supplier.id,
      },
      token: admin,
    })
    const receive = (quantity: number, key?: string) =>
      api.rest('POST', '/manufacturing/receivePurchaseOrder', {
        body: { id: body.doc.id, key, lines: [{ line: 0, quantity }], location: f.warehouse },
        token: admin,
      })
    // The first receipt without a key is the order's receipt number 1: the same text as this key.
    expect((await receive(2, '1')).status).toBe(200)
    const keyless = await receive(3)
    expect([keyless.status, JSON.stringify(keyless.body)]).toEqual([200, expect.any(String)])
    expect(keyless.body.replayed).toBe(false)
    const retry = await receive(2, '1')
    expect([retry.status, retry.body.replayed]).toEqual([200, true])
    expect((await onHandOf(payload, f.item)).get(f.warehouse)).toBe(5)
  })

  it('answers add to inventory with the key the client sent', async () => {
    const product = await payload.create({
      collection: 'items',
      data: { kind: 'product', name: `Cake ${f.tag}`, sku: `CAKE-${f.tag}`, unit: 'pcs' },
    })
    const bom = await payload.create({
      collection: 'boms',
      data: {
        basis: 'per_unit',
        components: [{ item: f.other, quantity: 1 }],
        outputQuantity: 1,
        product: product.id,
      },
    })
    await postAs(admin, `sugar-${f.tag}`, [{ ...receiveLine(4), item: f.other }])
    const add = (token: string) =>
      api.rest('POST', '/manufacturing/addToInventory', {
        body: { bom: bom.id, key: `make-${f.tag}`, location: f.warehouse, quantity: 1 },
        token,
      })
    const made = await add(admin)
    expect([made.status, made.body.key, made.body.replayed]).toEqual([200, `make-${f.tag}`, false])
    expect((await add(admin)).body.replayed).toBe(true)
    expect((await add(other)).body.replayed).toBe(false)
    expect((await onHandOf(payload, product.id)).get(f.warehouse)).toBe(2)
  })
})
