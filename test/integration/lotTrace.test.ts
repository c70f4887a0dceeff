import Papa from 'papaparse'
import { beforeAll, describe, expect, it } from 'vitest'

import { pdfPages } from '../support/pdfText'

import { statusesByName } from '../support/productionFixtures'
import { type SeededApp, seededApp } from '../support/seededApp'

/**
 * A kitchen: two tomato lots make a sauce, the sauce goes into a pizza made for a customer's
 * sales order and into a lasagna; flour goes into the pizza too.
 */
describe('tracing a lot through every level, from the stock movements', () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string
  let s: Record<string, number>
  const tag = Date.now().toString(36)
  const k = {} as Record<string, number>

  const item = async (name: string, kind: 'material' | 'product') =>
    (
      await payload.create({
        collection: 'items',
        data: { kind, name: `${name} ${tag}`, sku: `${name.toUpperCase()}-${tag}`, unit: 'kg' },
      })
    ).id
  const bom = (product: number, components: [number, number][]) =>
    payload.create({
      collection: 'boms',
      data: {
        basis: 'per_unit',
        components: components.map(([component, quantity]) => ({ item: component, quantity })),
        outputQuantity: 1,
        product,
      },
    })
  const receive = async (component: number, quantity: number) => {
    await payload.create({
      collection: 'inventory-adjustments',
      data: {
        lines: [{ item: component, quantityDelta: quantity }],
        location: k.floor,
        type: 'found',
      },
    })
  }
  const execution = async (product: number, quantity: number, extra = {}) => {
    const { body, status } = await api.rest('POST', '/executions', {
      body: {
        plannedQuantity: quantity,
        product,
        productionDate: '2026-12-01',
        productionFloor: k.floor,
        ...extra,
      },
      token: admin,
    })
    expect(status, JSON.stringify(body)).toBe(201)
    return body.doc.id as number
  }
  const move = async (id: number, status: number, extra = {}) => {
    const { body, status: code } = await api.rest('PATCH', `/executions/${id}`, {
      body: { status, ...extra },
      token: admin,
    })
    expect(code, JSON.stringify(body)).toBe(200)
  }
  const lotsMoved = async (id: number, reason: 'consume' | 'produce') => {
    const { docs } = await payload.find({
      collection: 'stock-movements',
      depth: 0,
      pagination: false,
      sort: 'id',
      where: {
        reason: { equals: reason },
        sourceCollection: { equals: 'executions' },
        sourceId: { equals: String(id) },
      },
    })
    return [...new Set(docs.map((movement) => movement.lot as number))]
  }
  const trace = async (lot: number, token = admin) =>
    api.rest('POST', '/manufacturing/traceLot', { body: { lot }, token })

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
    s = await statusesByName(payload)
    k.floor = (
      await payload.create({
        collection: 'locations',
        data: { kind: 'production_floor', name: `Kitchen ${tag}` },
      })
    ).id
    for (const name of ['tomato', 'flour']) k[name] = await item(name, 'material')
    for (const name of ['sauce', 'pizza', 'lasagna']) k[name] = await item(name, 'product')
    await bom(k.sauce!, [[k.tomato!, 2]])
    await bom(k.pizza!, [
      [k.sauce!, 1],
      [k.flour!, 1],
    ])
    await bom(k.lasagna!, [[k.sauce!, 1]])
    await receive(k.tomato!, 6)
    await receive(k.tomato!, 6)
    await receive(k.flour!, 10)
    const customer = await payload.create({
      collection: 'customers',
      data: { name: `Trattoria ${tag}` },
    })
    const order = await payload.create({
      collection: 'sales-orders',
      data: { customer: customer.id, lines: [{ item: k.pizza!, quantity: 2 }] },
    })
    k.customer = customer.id
    k.order = order.id
    k.sauceRun = await execution(k.sauce!, 5)
    await move(k.sauceRun, s.Completed!, { producedQuantity: 5 })
    k.pizzaRun = await execution(k.pizza!, 2, {
      salesOrder: order.id,
      salesOrderLine: order.lines[0]!.id,
    })
    await move(k.pizzaRun, s.Completed!, { producedQuantity: 2 })
    k.lasagnaRun = await execution(k.lasagna!, 1)
    await move(k.lasagnaRun, s.Completed!, { producedQuantity: 1 })
  })

  it('follows a tomato lot through the sauce into the pizza and the lasagna, to the customer', async () => {
    const [firstTomato] = await lotsMoved(k.sauceRun!, 'consume')
    const [sauceLot] = await lotsMoved(k.sauceRun!, 'produce')
    const [pizzaLot] = await lotsMoved(k.pizzaRun!, 'produce')
    const [lasagnaLot] = await lotsMoved(k.lasagnaRun!, 'produce')
    const { body, status } = await trace(firstTomato!)
    expect(status, JSON.stringify(body)).toBe(200)
    const forward = body.forward
    expect(forward.through).toMatchObject([
      {
        event: `executions:${k.sauceRun}`,
        quantity: '6',
        lots: [{ lot: sauceLot, quantity: '5' }],
      },
    ])
    const sauce = forward.through[0].lots[0]
    expect(sauce.through).toEqual([
      {
        event: `executions:${k.pizzaRun}`,
        lots: [{ lot: pizzaLot, quantity: '2', through: [] }],
        quantity: '2',
      },
      {
        event: `executions:${k.lasagnaRun}`,
        lots: [{ lot: lasagnaLot, quantity: '1', through: [] }],
        quantity: '1',
      },
    ])
    expect(body.documents[`executions:${k.pizzaRun}`]).toMatchObject({
      collection: 'executions',
      id: k.pizzaRun,
      salesOrder: { customer: { id: k.customer, name: `Trattoria ${tag}` }, id: k.order },
      title: expect.stringMatching(/^EX-/),
    })
    expect(body.documents[`executions:${k.lasagnaRun}`].salesOrder).toBeNull()
    expect(body.lots[String(pizzaLot)].item).toMatchObject({ id: k.pizza, unit: 'kg' })
    expect(body.onHand[String(pizzaLot)]).toEqual([
      { location: { id: k.floor, name: `Kitchen ${tag}` }, onHand: '2', reserved: '0' },
    ])
    expect(body.onHand[String(sauceLot)]).toEqual([
      { location: { id: k.floor, name: `Kitchen ${tag}` }, onHand: '2', reserved: '0' },
    ])
  })

  it('finds every lot that went into the pizza: the sauce, both tomato lots under it, the flour', async () => {
    const [pizzaLot] = await lotsMoved(k.pizzaRun!, 'produce')
    const tomatoes = await lotsMoved(k.sauceRun!, 'consume')
    const [sauceLot] = await lotsMoved(k.sauceRun!, 'produce')
    const flour = (await lotsMoved(k.pizzaRun!, 'consume')).filter((lot) => lot !== sauceLot)
    const { body } = await trace(pizzaLot!)
    expect(body.backward.through).toHaveLength(1)
    const [made] = body.backward.through
    expect(made).toMatchObject({ event: `executions:${k.pizzaRun}`, quantity: '2' })
    expect(made.lots.map((lot: any) => [lot.lot, lot.quantity])).toEqual(
      [
        [sauceLot, '2'],
        [flour[0], '2'],
      ].sort((a, b) => (a[0] as number) - (b[0] as number)),
    )
    const sauce = made.lots.find((lot: any) => lot.lot === sauceLot)
    expect(sauce.through[0].lots.map((lot: any) => [lot.lot, lot.quantity])).toEqual([
      [tomatoes[0], '6'],
      [tomatoes[1], '4'],
    ])
    expect(body.forward.through).toEqual([])
  })

  it('leaves out what was reversed: production moved back before it made anything', async () => {
    const [sauceLot] = await lotsMoved(k.sauceRun!, 'produce')
    const later = await execution(k.lasagna!, 1)
    await move(later, s.Painting!)
    const during = await trace(sauceLot!)
    expect(during.body.forward.through.map((step: any) => step.event)).toContain(
      `executions:${later}`,
    )
    await move(later, s.Plan!)
    const after = await trace(sauceLot!)
    expect(after.body.forward.through.map((step: any) => step.event)).not.toContain(
      `executions:${later}`,
    )
  })

  it('answers over GraphQL, needs the trace permission, hides costs without items.viewCosts', async () => {
    const [sauceLot] = await lotsMoved(k.sauceRun!, 'produce')
    const graphql = await api.graphql(
      `query ($lot: Int!) { traceLot(lot: $lot) }`,
      { lot: sauceLot },
      admin,
    )
    expect(graphql.body.data.traceLot.backward.through).toHaveLength(1)
    const viewer = await api.login('viewer@example.com', 'viewer')
    const refused = await trace(sauceLot!, viewer)
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toMatch(/inventory\.trace/)
    const storekeeper = await api.login('storekeeper@example.com', 'storekeeper')
    const traced = await trace(sauceLot!, storekeeper)
    expect(traced.status).toBe(200)
    expect(Object.values(traced.body.lots).every((lot: any) => !('unitCost' in lot))).toBe(true)
    expect(
      Object.values((await trace(sauceLot!)).body.lots).every((lot: any) => 'unitCost' in lot),
    ).toBe(true)
  })

  it('answers 404 for a lot that does not exist and 400 for a lot that is not an id', async () => {
    const missing = await trace(999_999_999)
    expect(missing.status).toBe(404)
    expect(missing.body.errors[0].message).toBe('lot: no lot with id 999999999')
    const bad = await api.rest('POST', '/manufacturing/traceLot', {
      body: { lot: 'x' },
      token: admin,
    })
    expect(bad.status).toBe(400)
  })

  it('prints a recall report as CSV and PDF: every lot made from it, the customer, where each is', async () => {
    const [firstTomato] = await lotsMoved(k.sauceRun!, 'consume')
    const [pizzaLot] = await lotsMoved(k.pizzaRun!, 'produce')
    const lots = await payload.find({
      collection: 'lots',
      depth: 0,
      where: { id: { in: [firstTomato, pizzaLot] } },
    })
    const code = (id: number) => lots.docs.find((lot) => lot.id === id)!.code
    const csv = await api.rest('GET', `/lots/${firstTomato}/recall.csv`, { token: admin })
    expect(csv.status).toBe(200)
    const rows = Papa.parse<string[]>(String(csv.body).trim()).data
    expect(rows[0]).toEqual([
      'Level',
      'Lot',
      'SKU',
      'Item',
      'Unit',
      'Made',
      'Made By',
      'Sales Orders',
      'Customers',
      'Location',
      'On Hand',
    ])
    expect(rows.map((row) => row[0])).toEqual(['Level', '0', '1', '2', '2'])
    const pizza = rows.find((row) => row[1] === code(pizzaLot!))!
    expect(pizza).toEqual([
      '2',
      code(pizzaLot!),
      `PIZZA-${tag}`,
      `pizza ${tag}`,
      'kg',
      '2',
      expect.stringMatching(/^EX-/),
      expect.stringMatching(/^SO-/),
      `Trattoria ${tag}`,
      `Kitchen ${tag}`,
      '2',
    ])
    expect(rows[1]![9]).toBe('gone')
    const pdf = await api.rest('GET', `/lots/${firstTomato}/recall.pdf`, {
      binary: true,
      token: admin,
    })
    expect(pdf.status).toBe(200)
    const text = (await pdfPages(pdf.body as Uint8Array)).join('\n')
    expect(text).toContain(`Recall report: lot ${code(firstTomato!)}`)
    expect(text).toContain(code(pizzaLot!))
    expect(text).toContain(`Trattoria ${tag}`)
    const viewer = await api.login('viewer@example.com', 'viewer')
    expect(
      (await api.rest('GET', `/lots/${firstTomato}/recall.csv`, { token: viewer })).status,
    ).toBe(403)
    expect((await api.rest('GET', `/lots/999999999/recall.pdf`, { token: admin })).status).toBe(404)
  })
})
