import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { pdfPages } from '../support/pdfText'
import { toyFixtures } from '../support/productionFixtures'
import { type SeededApp, seededApp } from '../support/seededApp'

const message = (body: any): string =>
  body?.errors?.[0]?.data?.errors?.[0]?.message ?? body?.errors?.[0]?.message ?? ''

/**
 * Production orders print as PDF in two layouts: the full order sheet (ingredients with the lots
 * picked, operations, lines to sign) and the compact floor ticket; chosen per order, by default
 * in the production settings, or for all in the request.
 */
describe('production order layouts', () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string
  let f: Awaited<ReturnType<typeof toyFixtures>>
  let sheet: { id: number; orderNumber: string }
  let ticket: { id: number; orderNumber: string }
  let pickedLot: string

  const order = async (body: Record<string, unknown>) => {
    const { body: answer, status } = await api.rest('POST', '/manufacturing-orders?depth=0', {
      body: { location: f.floor, product: f.toy, ...body },
      token: admin,
    })
    expect(status, JSON.stringify(answer)).toBe(201)
    return answer.doc as {
      id: number
      ingredients: { id: string; item: number }[]
      orderNumber: string
    }
  }
  const print = (query: string, token = admin) =>
    api.rest('GET', `/manufacturing-orders/production-order.pdf?${query}`, { binary: true, token })
  const pages = async (query: string) => {
    const { body, headers, status } = await print(query)
    expect(status, String(body)).toBe(200)
    expect(headers?.get('content-type')).toBe('application/pdf')
    return pdfPages(body)
  }
  const setDefault = (productionOrderLayout: 'floor_ticket' | 'order_sheet') =>
    payload.updateGlobal({ data: { productionOrderLayout }, slug: 'production-settings' })

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
    f = await toyFixtures(payload)
    const baker = await payload.create({
      collection: 'items',
      data: { kind: 'resource', name: `Painter ${f.tag}`, sku: `PAINTER-${f.tag}`, unit: 'h' },
    })
    await payload.update({
      collection: 'boms',
      data: {
        operations: [
          { crewSize: 2, minutes: 15, resource: baker.id, resourceType: 'labor', step: 'Mould' },
          { crewSize: 1, minutes: 5, resource: baker.id, resourceType: 'labor', step: 'Paint' },
        ],
      },
      id: f.bom,
    })
    const first = await order({ notes: 'Blue paint only.', quantity: 3 })
    const line = first.ingredients.find((row) => row.item === f.plastic)!.id
    const picked = await api.rest('POST', '/manufacturing/pickIngredients', {
      body: { lines: [{ ingredient: line, quantity: 6 }], order: first.id },
      token: admin,
    })
    expect(picked.status, JSON.stringify(picked.body)).toBe(200)
    const lot = picked.body.picked[0].lots[0].lot
    pickedLot = (await payload.findByID({ collection: 'lots', id: lot })).code
    sheet = first
    ticket = await order({ layout: 'floor_ticket', quantity: 2 })
  })

  afterAll(() => setDefault('order_sheet'))

  it('prints each selected order in its own layout, in the order given', async () => {
    const [first, second, ...rest] = await pages(`ids=${sheet.id},${ticket.id}`)
    expect(rest).toEqual([])
    for (const text of [
      `${sheet.orderNumber} · TOY ${f.tag}`,
      'Ingredients',
      `PLASTIC-${f.tag}`,
      '6 pcs', // planned and picked
      pickedLot,
      'Operations',
      'Mould',
      `Painter ${f.tag}`,
      'Blue paint only.',
      'Issued by',
      'Produced by',
      'Checked by',
    ])
      expect(first).toContain(text)
    expect(first).toContain('3 pcs')
    for (const text of [
      `${ticket.orderNumber} · TOY ${f.tag}`,
      `PLASTIC-${f.tag} PLASTIC ${f.tag}`,
      '4 pcs',
      'Steps: Mould → Paint',
      'Done by',
    ])
      expect(second).toContain(text)
    expect(second).not.toContain('LOTS PICKED')
    expect(first).toContain('LOTS PICKED')
    expect(second).not.toContain('Checked by')
  })

  it('prints orders without a layout of their own in the settings’ layout', async () => {
    await setDefault('floor_ticket')
    const [page] = await pages(`ids=${sheet.id}`)
    expect(page).toContain('Steps: Mould → Paint')
    expect(page).not.toContain('Operations')
    await setDefault('order_sheet')
    expect((await pages(`ids=${sheet.id}`))[0]).toContain('Operations')
  })

  it('prints all in the layout a request asks for', async () => {
    const [page] = await pages(`ids=${ticket.id}&layout=order_sheet`)
    expect(page).toContain('Operations')
    expect(page).toContain('Checked by')
  })

  it('refuses an unknown layout, bad ids and a user who may not view orders', async () => {
    const layout = await print(`ids=${sheet.id}&layout=poster`)
    expect(layout.status).toBe(400)
    expect(message(layout.body)).toBe('layout: must be order_sheet or floor_ticket, not "poster"')
    const ids = await print('ids=1,x')
    expect(ids.status).toBe(400)
    expect(message(ids.body)).toMatch(/^ids: /)
    const missing = await print('ids=987654321')
    expect(missing.status).toBe(400)
    expect(message(missing.body)).toBe('ids: no manufacturing order with id 987654321')
    const role = await payload.create({
      collection: 'roles',
      data: { name: `Executions only ${f.tag}`, permissions: ['executions.view'] },
    })
    const email = `no-orders-${f.tag}@example.com`
    await payload.create({
      collection: 'users',
      data: { email, name: 'No orders', password: 'secret', roles: [role.id] },
    })
    const refused = await print(`ids=${sheet.id}`, await api.login(email, 'secret'))
    expect(refused.status).toBe(403)
    expect(message(refused.body)).toMatch(/manufacturingOrders\.view/)
  })
})
