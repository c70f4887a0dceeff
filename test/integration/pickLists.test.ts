import Papa from 'papaparse'
import { beforeAll, describe, expect, it } from 'vitest'

import { pdfPages } from '../support/pdfText'
import { type SeededApp, seededApp } from '../support/seededApp'

const message = (body: any): string =>
  body?.errors?.[0]?.data?.errors?.[0]?.message ?? body?.errors?.[0]?.message ?? ''

/**
 * A store with three lots of flour (the oldest blocked) and a little sugar; two loaves on one
 * floor and day ask for 10 flour and 5 sugar in one requisition, and 4 flour are picked from the
 * newest lot by name.
 */
describe('pick lists of requisitions, as PDF and CSV', () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string
  // Short, so a lot code (SKU and number) fits its column on one line and reads back whole.
  const tag = Date.now().toString(36).slice(-5)
  let requisition: { code: string; id: number }
  let second: { code: string; id: number }
  let lots: Record<'blocked' | 'newer' | 'older' | 'sugar', string>
  const names = { floor: `Bakery ${tag}`, store: `Store ${tag}` }

  const act = async (name: string, body: unknown) => {
    const { body: answer, status } = await api.rest('POST', `/manufacturing/${name}`, {
      body,
      token: admin,
    })
    expect(status, JSON.stringify(answer)).toBe(200)
    return answer
  }

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
    const location = (kind: 'production_floor' | 'warehouse', name: string) =>
      payload.create({ collection: 'locations', data: { kind, name } })
    const store = await location('warehouse', names.store)
    const floor = await location('production_floor', names.floor)
    const item = (sku: string, kind: 'material' | 'product' | 'resource', unit: string) =>
      payload.create({
        collection: 'items',
        data: { kind, name: `${sku} ${tag}`, sku: `${sku}-${tag}`, unit },
      })
    const flour = await item('FLOUR', 'material', 'kg')
    const sugar = await item('SUGAR', 'material', 'kg')
    const baker = await item('BAKER', 'resource', 'h')
    const loaf = await item('LOAF', 'product', 'pcs')
    const receive = async (material: number, quantity: number) => {
      await payload.create({
        collection: 'inventory-adjustments',
        data: {
          lines: [{ item: material, quantityDelta: quantity }],
          location: store.id,
          type: 'found',
        },
      })
      const { docs } = await payload.find({
        collection: 'lots',
        limit: 1,
        sort: '-id',
        where: { item: { equals: material } },
      })
      return docs[0]!
    }
    const blocked = await receive(flour.id, 20)
    await payload.update({ collection: 'lots', data: { disposition: 'blocked' }, id: blocked.id })
    const older = await receive(flour.id, 6)
    const newer = await receive(flour.id, 10)
    const sugarLot = await receive(sugar.id, 3)
    lots = { blocked: blocked.code, newer: newer.code, older: older.code, sugar: sugarLot.code }
    await payload.create({
      collection: 'boms',
      data: {
        basis: 'per_unit',
        components: [
          { item: flour.id, quantity: 2 },
          { item: sugar.id, quantity: 1 },
        ],
        operations: [
          { crewSize: 1, minutes: 30, resource: baker.id, resourceType: 'labor', step: 'Bake' },
        ],
        outputQuantity: 1,
        product: loaf.id,
      },
    })
    const executions: number[] = []
    for (const [quantity, day] of [
      [3, '2026-12-10'],
      [2, '2026-12-10'],
      [1, '2026-12-11'],
    ] as const) {
      const { body, status } = await api.rest('POST', '/executions', {
        body: {
          plannedQuantity: quantity,
          product: loaf.id,
          productionDate: day,
          productionFloor: floor.id,
        },
        token: admin,
      })
      expect(status, JSON.stringify(body)).toBe(201)
      executions.push(body.doc.id)
    }
    const raised = await act('requestMaterials', { executions, source: store.id })
    // One requisition per day; the baker's hours are not asked of the store.
    expect(raised.requisitions).toHaveLength(2)
    ;[requisition, second] = raised.requisitions
    const doc = await payload.findByID({
      collection: 'material-requisitions',
      depth: 0,
      id: requisition.id,
    })
    expect(doc.lines!.map((line) => [line.item, line.requiredQuantity])).toEqual([
      [flour.id, 10],
      [sugar.id, 5],
    ])
    const flourLine = doc.lines!.find((line) => line.item === flour.id)!
    await act('pickRequisition', {
      lines: [{ line: flourLine.id, lots: [{ lot: newer.id, quantity: 4 }] }],
      requisition: requisition.id,
    })
  })

  const download = (format: 'csv' | 'pdf', query: string, token?: string) =>
    api.rest('GET', `/material-requisitions/pick-list.${format}?${query}`, {
      binary: format === 'pdf',
      token,
    })

  it('lists the lots picked, then the lots FIFO would take, and what the store is short of', async () => {
    const { body, headers, status } = await download(
      'csv',
      `ids=${requisition.id},${second.id}`,
      admin,
    )
    expect(status, String(body)).toBe(200)
    expect(headers?.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(headers?.get('content-disposition')).toBe('attachment; filename="pick-list.csv"')
    const rows = Papa.parse<string[]>(String(body).trim()).data
    expect(rows[0]).toEqual([
      'Requisition',
      'Floor',
      'Production Date',
      'SKU',
      'Item',
      'Unit',
      'Lot',
      'Location',
      'Quantity',
      'Status',
    ])
    const row = (code: string, sku: string, lot: string, quantity: string, status: string) => [
      code,
      names.floor,
      code === requisition.code ? '2026-12-10' : '2026-12-11',
      `${sku}-${tag}`,
      `${sku} ${tag}`,
      'kg',
      lot,
      names.store,
      quantity,
      status,
    ]
    expect(rows.slice(1)).toEqual([
      row(requisition.code, 'FLOUR', lots.newer, '4', 'picked'),
      // The blocked lot is older, but is never taken.
      row(requisition.code, 'FLOUR', lots.older, '6', 'to pick'),
      row(requisition.code, 'SUGAR', lots.sugar, '3', 'to pick'),
      row(requisition.code, 'SUGAR', '', '2', 'short'),
      // The next day's requisition gets what the first one leaves.
      row(second.code, 'FLOUR', lots.newer, '2', 'to pick'),
      row(second.code, 'SUGAR', '', '1', 'short'),
    ])
  })

  it('prints the same list as a PDF a picker can follow', async () => {
    const { body, headers, status } = await download('pdf', `ids=${requisition.id}`, admin)
    expect(status).toBe(200)
    expect(headers?.get('content-type')).toBe('application/pdf')
    expect(headers?.get('content-disposition')).toBe('attachment; filename="pick-list.pdf"')
    const pages = (await pdfPages(body)).map((page) => page.replace(/\s+/g, ' '))
    expect(pages).toHaveLength(1)
    const page = pages[0]!
    expect(page).toContain('Pick list')
    expect(page).toContain(`${requisition.code} · ${names.floor}`)
    expect(page).toContain(`From ${names.store}`)
    expect(page).toContain('2026-12-10')
    for (const [sku, lot, quantity, state] of [
      ['FLOUR', lots.newer, '4 kg', 'Picked'],
      ['FLOUR', lots.older, '6 kg', 'To pick'],
      ['SUGAR', lots.sugar, '3 kg', 'To pick'],
      ['SUGAR', 'no stock', '2 kg', 'Short'],
    ])
      expect(page).toContain(
        `${sku}-${tag} ${sku} ${tag} ${lot} ${names.store} ${quantity} ${state}`,
      )
    expect(page).not.toContain(lots.blocked)
    expect(page).toContain('Page 1 of 1')
  })

  it('answers 401 without a login, 403 without the permission, 400 for bad ids', async () => {
    for (const format of ['csv', 'pdf'] as const) {
      expect((await download(format, `ids=${requisition.id}`)).status).toBe(401)
      const operator = await api.login('operator@example.com', 'operator')
      const refused = await download(format, `ids=${requisition.id}`, operator)
      expect(refused.status).toBe(403)
      expect(message(refused.body)).toContain('requisitions.view')
      const viewer = await api.login('viewer@example.com', 'viewer')
      expect((await download(format, `ids=${requisition.id}`, viewer)).status).toBe(200)
      const bad = await download(format, 'ids=x', admin)
      expect(bad.status).toBe(400)
      expect(message(bad.body)).toContain('list the requisitions as ids separated by commas')
      const missing = await download(format, `ids=${requisition.id},999999`, admin)
      expect(missing.status).toBe(400)
      expect(message(missing.body)).toContain('no requisition with id 999999')
    }
  })
})
