import Papa from 'papaparse'
import { createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { executionsCsv } from '../../src/documents/executionsCsv'
import { toyFixtures } from '../support/productionFixtures'
import { type SeededApp, seededApp } from '../support/seededApp'

describe('exporting the executions list as CSV', () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string
  let f: Awaited<ReturnType<typeof toyFixtures>>

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
    f = await toyFixtures(payload)
    for (const lotLabel of [`=HYPERLINK("x")-${f.tag}`, `L1-${f.tag}`, `L2-${f.tag}`]) {
      const { status } = await api.rest('POST', '/executions', {
        body: {
          lotLabel,
          plannedQuantity: 2,
          product: f.toy,
          productionDate: '2026-11-24',
          productionFloor: f.floor,
        },
        token: admin,
      })
      expect(status).toBe(201)
    }
  })

  const exportCsv = (query: string, token?: string) =>
    api.rest('GET', `/executions/export.csv?${query}`, { token })

  it('streams the list as filtered, with the list columns, and defuses formulas', async () => {
    const { body, headers, status } = await exportCsv(
      `where[productionFloor][equals]=${f.floor}`,
      admin,
    )
    expect(status).toBe(200)
    expect(headers?.get('content-type')).toMatch(/text\/csv/)
    const [header, ...rows] = Papa.parse<string[]>(body.trim()).data
    expect(header).toEqual([
      'Code',
      'Lot Label',
      'Product',
      'Product Description',
      'Production Date',
      'Planned Quantity',
      'Produced Quantity',
      'Status',
      'Production Floor',
      'Sales Order',
      'Created At',
    ])
    expect(rows).toHaveLength(3)
    expect(rows.map((r) => r[1])).toEqual([
      `'=HYPERLINK("x")-${f.tag}`,
      `L1-${f.tag}`,
      `L2-${f.tag}`,
    ])
    expect(rows[1]).toMatchObject({ 4: '2026-11-24', 5: '2', 7: 'Plan' })
    expect(rows[1]![2]).toMatch(/^TOY/)
    expect(rows[1]![8]).toMatch(/^Toy floor/)
  })

  it("names each execution's sales order, as the list shows it", async () => {
    const g = await toyFixtures(payload)
    const customer = await payload.create({
      collection: 'customers',
      data: { name: `Export customer ${g.tag}` },
    })
    const order = await payload.create({
      collection: 'sales-orders',
      data: { customer: customer.id, lines: [{ item: g.toy, quantity: 2 }] },
    })
    const execution = { plannedQuantity: 2, product: g.toy, productionDate: '2026-11-24' }
    for (const link of [{ salesOrder: order.id, salesOrderLine: order.lines[0]!.id }, {}]) {
      const { status } = await api.rest('POST', '/executions', {
        body: { ...execution, ...link, productionFloor: g.floor },
        token: admin,
      })
      expect(status).toBe(201)
    }
    const { body } = await exportCsv(`where[productionFloor][equals]=${g.floor}`, admin)
    const [header, ...rows] = Papa.parse<string[]>(body.trim()).data
    const column = header!.indexOf('Sales Order')
    expect(rows.map((r) => r[column])).toEqual([order.number, ''])
    // The column is the export's own: the file still imports back.
    const again = await api.rest('POST', '/manufacturing/importExecutionsCsv', {
      body: { csv: body },
      token: admin,
    })
    expect(again.status, JSON.stringify(again.body)).toBe(200)
    expect(again.body.created).toHaveLength(2)
  })

  it('exports every execution once, in creation order, however small the pages', async () => {
    const { totalDocs } = await payload.count({ collection: 'executions' })
    const { docs } = await payload.find({
      collection: 'users',
      limit: 1,
      where: { email: { equals: 'admin@example.com' } },
    })
    const req = await createLocalReq({ user: { ...docs[0]!, collection: 'users' } }, payload)
    for (const pageSize of [2, 500]) {
      let text = ''
      for await (const chunk of executionsCsv(req, undefined, pageSize)) text += chunk
      const codes = Papa.parse<string[]>(text.trim())
        .data.slice(1)
        .map((r) => r[0]!)
      expect(codes).toHaveLength(totalDocs)
      expect(new Set(codes).size).toBe(totalDocs)
      expect([...codes].sort()).toEqual(codes)
    }
  })

  it('needs a login, and answers a bad filter with a 400 before streaming', async () => {
    expect((await exportCsv('')).status).toBe(401)
    const bad = await exportCsv('where[nope][equals]=1', admin)
    expect(bad.status).toBe(400)
  })

  it('sums the raw materials selected executions need, and sets them against stock', async () => {
    const { docs } = await payload.find({
      collection: 'executions',
      where: { productionFloor: { equals: f.floor } },
    })
    const ids = docs.map((doc) => doc.id).join(',')
    const needs = await api.rest('GET', `/executions/materials.csv?ids=${ids}`, { token: admin })
    expect(needs.status).toBe(200)
    const [header, ...rows] = Papa.parse<string[]>(needs.body.trim()).data
    expect(header).toEqual(['SKU', 'Item', 'Unit', 'Required'])
    // Three executions of 2 toys: 2 plastic and 1 paint per toy.
    expect(rows.map((r) => [r[0], r[3]])).toEqual([
      [`PAINT-${f.tag}`, '6'],
      [`PLASTIC-${f.tag}`, '12'],
    ])
    // Their 6 paint are reserved for them: waste can take only the other 44.
    await payload.create({
      collection: 'inventory-adjustments',
      data: { lines: [{ item: f.paint, quantityDelta: -44 }], location: f.floor, type: 'waste' },
    })
    const short = await api.rest('POST', '/executions', {
      body: {
        plannedQuantity: 10,
        product: f.toy,
        productionDate: '2026-11-25',
        productionFloor: f.floor,
      },
      token: admin,
    })
    expect(short.status).toBe(201)
    const all = `${ids},${short.body.doc.id}`
    const stock = await api.rest('GET', `/executions/materials.csv?ids=${all}&stock=true`, {
      token: admin,
    })
    const [stockHeader, ...stockRows] = Papa.parse<string[]>(stock.body.trim()).data
    expect(stockHeader).toEqual([
      'SKU',
      'Item',
      'Unit',
      'Required',
      'On Hand',
      'Available',
      'Shortage',
    ])
    // Paint: 16 needed, 6 on hand and all reserved for these: 10 short. Plastic: 32 needed and
    // reserved out of 100, so 68 remain available and nothing is short.
    expect(stockRows.map((r) => r.slice(3))).toEqual([
      ['16', '6', '0', '10'],
      ['32', '100', '68', '0'],
    ])
    const bad = await api.rest('GET', '/executions/materials.csv?ids=1,x', { token: admin })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].data.errors[0].path).toBe('ids')
    const unknown = await api.rest('GET', '/executions/materials.csv?ids=999999', { token: admin })
    expect(unknown.status).toBe(400)
  })
})
