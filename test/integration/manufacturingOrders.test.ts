import { beforeAll, describe, expect, it } from 'vitest'

import { ensureOrderNumberSequence } from '../../src/manufacturingOrders/ensureOrderNumberSequence'
import { onHandAt, statusesByName } from '../support/productionFixtures'
import { type SeededApp, seededApp } from '../support/seededApp'

let counter = 0

describe('manufacturing orders', () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string
  let s: Record<string, number>

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
    s = await statusesByName(payload)
  })

  /**
   * A table: 1 top at 300, 5 screws at 10 and 4 legs at 50 (550 of material) and 30 minutes of a
   * carpenter at 100 an hour (50): 600 a table. Bread dough: batches of 20 kg from 12 kg of flour.
   */
  const fixtures = async () => {
    const tag = `${Date.now().toString(36)}${(counter++).toString(36)}`
    const item = async (sku: string, kind: string, standardCost?: number, extra = {}) =>
      (
        await payload.create({
          collection: 'items',
          data: {
            kind,
            name: `${sku} ${tag}`,
            sku: `${sku}-${tag}`,
            standardCost,
            unit: 'pcs',
            ...extra,
          } as never,
        })
      ).id
    const top = await item('TOP', 'material', 300)
    const screw = await item('SCREW', 'material', 10)
    const leg = await item('LEG', 'material', 50)
    const carpenter = await item('CARPENTER', 'resource', 0)
    const table = await item('TABLE', 'product')
    const flour = await item('FLOUR', 'material', 2)
    const dough = await item('DOUGH', 'product', undefined, { productionMode: 'batch' })
    const floor = (
      await payload.create({
        collection: 'locations',
        data: { kind: 'production_floor', name: `Workshop ${tag}` },
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
          { item: flour, quantityDelta: 100 },
        ],
        location: floor,
        type: 'found',
      },
    })
    const tableBom = await payload.create({
      collection: 'boms',
      data: {
        components: [
          { item: top, quantity: 1 },
          { item: screw, quantity: 5 },
          { item: leg, quantity: 4 },
        ],
        operations: [
          {
            crewSize: 1,
            minutes: 30,
            ratePerHour: 100,
            resource: carpenter,
            resourceType: 'labor',
            step: 'Assemble',
          },
        ],
        outputQuantity: 1,
        product: table,
      } as never,
    })
    await payload.create({
      collection: 'boms',
      data: {
        basis: 'per_batch',
        components: [{ item: flour, quantity: 12 }],
        outputQuantity: 20,
        product: dough,
      },
    })
    return { carpenter, dough, floor, flour, leg, screw, table, tableBom: tableBom.id, tag, top }
  }
  type Fixtures = Awaited<ReturnType<typeof fixtures>>

  const createOrder = async (data: Record<string, unknown>) => {
    const { body, status } = await api.rest('POST', '/manufacturing-orders', {
      body: data,
      token: admin,
    })
    expect(status, JSON.stringify(body)).toBe(201)
    return body.doc
  }
  const order = async (id: number) =>
    (await api.rest('GET', `/manufacturing-orders/${id}?depth=0`, { token: admin })).body
  const move = (id: number, status: number, token = admin) =>
    api.rest('PATCH', `/manufacturing-orders/${id}`, { body: { status }, token })
  const stock = async (f: Fixtures) => ({
    leg: await onHandAt(payload, f.leg, f.floor),
    screw: await onHandAt(payload, f.screw, f.floor),
    table: await onHandAt(payload, f.table, f.floor),
    top: await onHandAt(payload, f.top, f.floor),
  })

  it('makes discrete tables from a recipe snapshot through the workflow, costing 600 each', async () => {
    const f = await fixtures()
    const created = await createOrder({ location: f.floor, product: f.table, quantity: 2 })
    expect(created.orderNumber).toMatch(/^MO-\d{6,}$/)
    expect(created).toMatchObject({
      mode: 'discrete',
      pickProgress: 'not_started',
      productionState: 'not_started',
      state: 'open',
    })
    expect(created.ingredients.map((r: any) => [r.sku, r.plannedQuantity])).toEqual([
      [`TOP-${f.tag}`, 2],
      [`SCREW-${f.tag}`, 10],
      [`LEG-${f.tag}`, 8],
    ])
    expect(created.operations.map((r: any) => [r.step, r.plannedMinutes, r.plannedCost])).toEqual([
      ['Assemble', 60, 100],
    ])
    expect(await stock(f)).toEqual({ leg: 40, screw: 100, table: 0, top: 10 })

    // Painting is where the demo deducts materials and labour.
    expect((await move(created.id, s.Painting)).status).toBe(200)
    expect(await stock(f)).toEqual({ leg: 32, screw: 90, table: 0, top: 8 })
    expect(await onHandAt(payload, f.carpenter, f.floor)).toBe(19)
    let now = await order(created.id)
    expect(now.productionState).toBe('in_progress')
    expect(now.startedAt).toBeTruthy()
    expect(now.costs).toMatchObject({ materialCost: 1100, operationCost: 100 })
    expect(now.ingredients.map((r: any) => r.actualCost)).toEqual([600, 100, 400])

    expect((await move(created.id, s.Completed)).status).toBe(200)
    expect(await stock(f)).toEqual({ leg: 32, screw: 90, table: 2, top: 8 })
    const { docs: lots } = await payload.find({
      collection: 'lots',
      where: { item: { equals: f.table } },
    })
    expect(lots.map((lot) => lot.unitCost)).toEqual([600])
    now = await order(created.id)
    expect(now).toMatchObject({ productionState: 'done', state: 'done' })
    expect(now.completedAt).toBeTruthy()
    expect(now.costs).toEqual({
      materialCost: 1100,
      operationCost: 100,
      totalCost: 1200,
      unitCost: 600,
    })

    const locked = await api.rest('PATCH', `/manufacturing-orders/${created.id}`, {
      body: { notes: 'too late' },
      token: admin,
    })
    expect(locked.status).toBe(409)

    // Back out of done: everything comes back exactly.
    expect((await move(created.id, s.Plan)).status).toBe(200)
    expect(await stock(f)).toEqual({ leg: 40, screw: 100, table: 0, top: 10 })
  })

  it('backflushes partial output, reverses a row, then posts only what remains at Completed', async () => {
    const f = await fixtures()
    const created = await createOrder({ location: f.floor, product: f.table, quantity: 4 })
    const record = (quantity: number) =>
      api.rest('POST', '/manufacturing/recordOrderOutput', {
        body: { order: created.id, quantity },
        token: admin,
      })
    const first = await record(1)
    expect(first.status, JSON.stringify(first.body)).toBe(200)
    expect(first.body).toMatchObject({ quantity: '1', unitCost: '600' })
    expect(await stock(f)).toEqual({ leg: 36, screw: 95, table: 1, top: 9 })
    const second = await api.graphql(
      `mutation ($order: Int!, $quantity: JSON) { recordOrderOutput(order: $order, quantity: $quantity) }`,
      { order: created.id, quantity: 1 },
      admin,
    )
    expect(second.body.data.recordOrderOutput.lot.code).toBeTruthy()
    expect(await stock(f)).toEqual({ leg: 32, screw: 90, table: 2, top: 8 })
    let now = await order(created.id)
    expect(now.productionState).toBe('in_progress')
    expect(now.ingredients.map((r: any) => r.backflushedQuantity)).toEqual([2, 10, 8])

    const tooMuch = await api.rest('POST', '/manufacturing/reverseOrderOutput', {
      body: { order: created.id, quantity: 2, row: first.body.row },
      token: admin,
    })
    expect(tooMuch.status).toBe(400)
    const reversed = await api.rest('POST', '/manufacturing/reverseOrderOutput', {
      body: { order: created.id, quantity: 1, row: first.body.row },
      token: admin,
    })
    expect(reversed.status, JSON.stringify(reversed.body)).toBe(200)
    expect(await stock(f)).toEqual({ leg: 36, screw: 95, table: 1, top: 9 })

    expect((await move(created.id, s.Completed)).status).toBe(200)
    // Four tables in all, each ingredient consumed exactly for four: nothing posted twice.
    expect(await stock(f)).toEqual({ leg: 24, screw: 80, table: 4, top: 6 })
    now = await order(created.id)
    expect(now.costs).toEqual({
      materialCost: 2200,
      operationCost: 200,
      totalCost: 2400,
      unitCost: 600,
    })
    const { docs: lots } = await payload.find({
      collection: 'lots',
      sort: 'id',
      where: { item: { equals: f.table } },
    })
    expect(lots.map((lot) => lot.unitCost)).toEqual([600, 600, 600])
  })

  it('posts the actual quantity entered, and refuses taking back output its lot no longer holds', async () => {
    const f = await fixtures()
    const created = await createOrder({ location: f.floor, product: f.table, quantity: 1 })
    const withActual = await api.rest('PATCH', `/manufacturing-orders/${created.id}`, {
      body: {
        ingredients: created.ingredients.map((r: any) =>
          r.sku === `SCREW-${f.tag}` ? { ...r, actualOverride: 7 } : r,
        ),
      },
      token: admin,
    })
    expect(withActual.status, JSON.stringify(withActual.body)).toBe(200)
    expect((await move(created.id, s.Painting)).status).toBe(200)
    expect(await stock(f)).toEqual({ leg: 36, screw: 93, table: 0, top: 9 })

    const other = await createOrder({ location: f.floor, product: f.table, quantity: 2 })
    const made = await api.rest('POST', '/manufacturing/recordOrderOutput', {
      body: { order: other.id, quantity: 1 },
      token: admin,
    })
    expect(made.status, JSON.stringify(made.body)).toBe(200)
    // The table is gone from its lot (sold, scrapped): it cannot be taken back.
    await payload.create({
      collection: 'inventory-adjustments',
      data: {
        lines: [{ item: f.table, lot: made.body.lot.id, quantityDelta: -1 }],
        location: f.floor,
        type: 'damage',
      },
    })
    const back = await api.rest('POST', '/manufacturing/reverseOrderOutput', {
      body: { order: other.id, quantity: 1, row: made.body.row },
      token: admin,
    })
    expect(back.status).toBe(409)
    expect(back.body.errors[0].message).toMatch(/no longer holds 1/)
    expect(await onHandAt(payload, f.top, f.floor)).toBe(8)
  })

  it('completes a batch of dough into its own lot, once', async () => {
    const f = await fixtures()
    const created = await createOrder({ batches: 3, location: f.floor, product: f.dough })
    const done = await api.rest('POST', '/manufacturing/recordOrderOutput', {
      body: { disposition: 'blocked', order: created.id, row: '1' },
      token: admin,
    })
    expect(done.status, JSON.stringify(done.body)).toBe(200)
    expect(done.body).toMatchObject({ batchNumber: 1, quantity: '20', unitCost: '1.2' })
    expect(await onHandAt(payload, f.flour, f.floor)).toBe(88)
    expect(await onHandAt(payload, f.dough, f.floor)).toBe(20)
    const lot = await payload.findByID({ collection: 'lots', id: done.body.lot.id })
    expect(lot.disposition).toBe('blocked')
    const now = await order(created.id)
    expect(now.outputs.map((r: any) => r.status)).toEqual(['completed', 'in_progress', 'pending'])
    const again = await api.rest('POST', '/manufacturing/recordOrderOutput', {
      body: { order: created.id, row: '1' },
      token: admin,
    })
    expect(again.status).toBe(409)
    const fewer = await api.rest('PATCH', `/manufacturing-orders/${created.id}`, {
      body: { batches: 2 },
      token: admin,
    })
    expect(fewer.status, JSON.stringify(fewer.body)).toBe(200)
    expect(fewer.body.doc.outputs.map((r: any) => r.status)).toEqual(['completed', 'in_progress'])
  })

  it('takes a batch order from creation to done, checking stock and cost at every step', async () => {
    const f = await fixtures()
    const flour = () => onHandAt(payload, f.flour, f.floor)
    const dough = () => onHandAt(payload, f.dough, f.floor)
    const created = await createOrder({ batches: 2, location: f.floor, product: f.dough })
    expect([await flour(), await dough()]).toEqual([100, 0])
    const first = await api.rest('POST', '/manufacturing/recordOrderOutput', {
      body: { order: created.id, row: '1' },
      token: admin,
    })
    expect(first.body).toMatchObject({ quantity: '20', unitCost: '1.2' })
    expect([await flour(), await dough()]).toEqual([88, 20])
    expect((await order(created.id)).costs).toEqual({
      materialCost: 24,
      operationCost: 0,
      totalCost: 24,
      unitCost: 1.2,
    })
    expect((await move(created.id, s.Painting)).status).toBe(200)
    expect([await flour(), await dough()]).toEqual([76, 20])
    expect((await move(created.id, s.Completed)).status).toBe(200)
    expect([await flour(), await dough()]).toEqual([76, 40])
    const done = await order(created.id)
    expect(done).toMatchObject({ productionState: 'done', state: 'done' })
    expect(done.costs).toEqual({ materialCost: 48, operationCost: 0, totalCost: 48, unitCost: 1.2 })
  })

  it('picks the lots named for a line, then consumes those first', async () => {
    const f = await fixtures()
    await payload.create({
      collection: 'inventory-adjustments',
      data: { lines: [{ item: f.flour, quantityDelta: 50 }], location: f.floor, type: 'found' },
    })
    const { docs: flourLots } = await payload.find({
      collection: 'lots',
      sort: 'id',
      where: { item: { equals: f.flour } },
    })
    const newer = flourLots[1]!.id
    const created = await createOrder({ batches: 3, location: f.floor, product: f.dough })
    const line = created.ingredients[0].id
    const bad = await api.rest('POST', '/manufacturing/pickIngredients', {
      body: { lines: [{ ingredient: line, quantity: 40 }], order: created.id },
      token: admin,
    })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].data.errors[0].message).toMatch(
      /lines\[0\]\.quantity: .*needs 36 more, not 40/,
    )
    const picked = await api.rest('POST', '/manufacturing/pickIngredients', {
      body: {
        lines: [{ ingredient: line, lots: [{ lot: newer, quantity: 12 }] }],
        order: created.id,
      },
      token: admin,
    })
    expect(picked.status, JSON.stringify(picked.body)).toBe(200)
    expect(picked.body.picked).toEqual([
      { ingredient: line, lots: [{ lot: newer, quantity: '12' }], pickStatus: 'in_progress' },
    ])
    let now = await order(created.id)
    expect(now).toMatchObject({ pickProgress: 'in_progress', productionState: 'in_progress' })
    expect(now.startedAt).toBeTruthy()
    const newerLot = await payload.find({
      collection: 'stock-balances',
      where: { location: { equals: f.floor }, lot: { equals: newer } },
    })
    expect(newerLot.docs[0]!.reserved).toBe(12)

    const done = await api.rest('POST', '/manufacturing/recordOrderOutput', {
      body: { order: created.id, row: '1' },
      token: admin,
    })
    expect(done.status, JSON.stringify(done.body)).toBe(200)
    const { docs: used } = await payload.find({
      collection: 'stock-movements',
      where: {
        and: [
          { sourceCollection: { equals: 'manufacturing-orders' } },
          { sourceId: { equals: String(created.id) } },
          { reason: { equals: 'consume' } },
        ],
      },
    })
    expect(used.map((m) => [typeof m.lot === 'object' ? m.lot?.id : m.lot, m.quantity])).toEqual([
      [newer, 12],
    ])
    // The rest of the order's need stays reserved: 36 − 12 consumed.
    const balances = await payload.find({
      collection: 'stock-balances',
      pagination: false,
      where: { item: { equals: f.flour }, location: { equals: f.floor } },
    })
    expect(balances.docs.reduce((sum, b) => sum + b.reserved, 0)).toBe(24)
    now = await order(created.id)
    expect(now.pickProgress).toBe('in_progress')
  })

  it('shows a blocked order as blocked whatever its progress', async () => {
    const f = await fixtures()
    const created = await createOrder({
      blocked: true,
      location: f.floor,
      product: f.table,
      quantity: 1,
    })
    expect(created.productionState).toBe('blocked')
    const { body } = await api.rest(
      'GET',
      `/manufacturing-orders?where[productionState][equals]=blocked&where[id][equals]=${created.id}`,
      { token: admin },
    )
    expect(body.totalDocs).toBe(1)
    const unblocked = await api.rest('PATCH', `/manufacturing-orders/${created.id}`, {
      body: { blocked: false },
      token: admin,
    })
    expect(unblocked.body.doc.productionState).toBe('not_started')
  })

  it('keeps its snapshot when the recipe changes later, and rescales from it', async () => {
    const f = await fixtures()
    const created = await createOrder({ location: f.floor, product: f.table, quantity: 1 })
    await payload.update({
      collection: 'boms',
      data: { components: [{ item: f.top, quantity: 2 }] },
      id: f.tableBom,
    })
    const { body, status } = await api.rest('PATCH', `/manufacturing-orders/${created.id}`, {
      body: { quantity: 3 },
      token: admin,
    })
    expect(status, JSON.stringify(body)).toBe(200)
    expect(body.doc.ingredients.map((r: any) => r.plannedQuantity)).toEqual([3, 15, 12])

    // "Refresh from recipe" takes the edited recipe, with override-recipe, while nothing started.
    const planner = await api.login('planner@example.com', 'planner')
    const refuse = await api.rest('POST', '/manufacturing/refreshOrderRecipe', {
      body: { id: created.id },
      token: planner,
    })
    expect(refuse.status).toBe(403)
    const refreshed = await api.graphql(
      `mutation ($id: Int!) { refreshOrderRecipe(id: $id) }`,
      { id: created.id },
      admin,
    )
    expect(refreshed.body.errors).toBeUndefined()
    const now = await order(created.id)
    expect(now.ingredients.map((r: any) => [r.item, r.plannedQuantity])).toEqual([[f.top, 6]])
    await api.rest('POST', '/manufacturing/recordOrderOutput', {
      body: { order: created.id, quantity: 1 },
      token: admin,
    })
    const started = await api.rest('POST', '/manufacturing/refreshOrderRecipe', {
      body: { id: created.id },
      token: admin,
    })
    expect(started.status).toBe(409)
  })

  it('plans batches over GraphQL: one output row per batch, pending rows regenerated', async () => {
    const f = await fixtures()
    const { body } = await api.graphql(
      `mutation ($data: mutationManufacturingOrderInput!) {
        createManufacturingOrder(data: $data) {
          id orderNumber mode batches outputs { batchNumber status plannedQuantity }
          ingredients { plannedQuantity }
        }
      }`,
      { data: { batches: 3, location: f.floor, product: f.dough } },
      admin,
    )
    const created = body.data.createManufacturingOrder
    expect(created.mode).toBe('batch')
    expect(created.outputs).toEqual(
      [1, 2, 3].map((n) => ({ batchNumber: n, plannedQuantity: 20, status: 'pending' })),
    )
    expect(created.ingredients).toEqual([{ plannedQuantity: 36 }])
    const fewer = await api.rest('PATCH', `/manufacturing-orders/${created.id}`, {
      body: { batches: 2 },
      token: admin,
    })
    expect(fewer.body.doc.outputs.map((r: any) => r.batchNumber)).toEqual([1, 2])
    expect(fewer.body.doc.ingredients[0].plannedQuantity).toBe(24)
    const zero = await api.rest('PATCH', `/manufacturing-orders/${created.id}`, {
      body: { batches: 0 },
      token: admin,
    })
    expect(zero.status).toBe(400)
    expect(JSON.stringify(zero.body)).toMatch(/batches/)
  })

  it('refuses an order of no quantity, or for a product without a recipe, writing nothing', async () => {
    const f = await fixtures()
    const before = (await payload.count({ collection: 'manufacturing-orders' })).totalDocs
    // Left out or emptied, the quantity is the recipe's output (see orderFields); zero is refused.
    const zero = await api.rest('POST', '/manufacturing-orders', {
      body: { location: f.floor, product: f.table, quantity: 0 },
      token: admin,
    })
    expect(zero.status).toBe(400)
    expect(zero.body.errors[0].data.errors[0].path).toBe('quantity')
    const noRecipe = await api.rest('POST', '/manufacturing-orders', {
      body: { location: f.floor, product: f.top, quantity: 1 },
      token: admin,
    })
    expect(noRecipe.status).toBe(400)
    expect(noRecipe.body.errors[0].data.errors[0].path).toBe('product')
    expect((await payload.count({ collection: 'manufacturing-orders' })).totalDocs).toBe(before)
  })

  it('numbers 50 orders created at once from the sequence, all distinct', async () => {
    const f = await fixtures()
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        api.rest('POST', '/manufacturing-orders', {
          body: { location: f.floor, product: f.table, quantity: 1 },
          token: admin,
        }),
      ),
    )
    expect(results.map((r) => r.status)).toEqual(Array(50).fill(201))
    const numbers = results.map((r) => r.body.doc.orderNumber)
    expect(new Set(numbers).size).toBe(50)

    // A pushed development schema may lose the sequence: it comes back past every number given.
    await (payload.db as any).drizzle.execute('drop sequence manufacturing_order_number_seq')
    await ensureOrderNumberSequence(payload)
    const next = await createOrder({ location: f.floor, product: f.table, quantity: 1 })
    const highest = Math.max(...numbers.map((n) => Number(n.slice(3))))
    expect(Number(next.orderNumber.slice(3))).toBe(highest + 1)
  })

  it('needs finalize to complete and view-costs to see costs', async () => {
    const f = await fixtures()
    const created = await createOrder({ location: f.floor, product: f.table, quantity: 1 })
    const operator = await api.login('operator@example.com', 'operator')
    const seen = await api.rest('GET', `/manufacturing-orders/${created.id}`, { token: operator })
    expect(seen.status).toBe(200)
    expect(seen.body.costs).toBeUndefined()
    expect(seen.body.ingredients[0].actualCost).toBeUndefined()
    expect(seen.body.operations[0].ratePerHour).toBeUndefined()
    const refused = await move(created.id, s.Completed, operator)
    expect(refused.status).toBe(403)
    expect((await order(created.id)).status).toBe(created.status.id ?? created.status)
  })
})
