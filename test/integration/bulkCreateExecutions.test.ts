import Papa from 'papaparse'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { onHandAt, statusesByName, toyFixtures } from '../support/productionFixtures'
import { type SeededApp, seededApp } from '../support/seededApp'

describe('creating and updating several executions at once', () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string
  let s: Record<string, number>
  let f: Awaited<ReturnType<typeof toyFixtures>>

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
    s = await statusesByName(payload)
  })
  beforeEach(async () => {
    f = await toyFixtures(payload)
  })

  const onFloor = async () =>
    (
      await payload.find({
        collection: 'executions',
        depth: 0,
        pagination: false,
        sort: 'lotLabel',
        where: { productionFloor: { equals: f.floor } },
      })
    ).docs

  it('creates the rows of one form, by SKU or name and floor name, over REST and GraphQL', async () => {
    const { body, status } = await api.rest('POST', '/manufacturing/createExecutions', {
      body: {
        rows: [
          {
            lotLabel: 'A',
            plannedQuantity: 2,
            product: `TOY-${f.tag}`,
            productionDate: '2026-11-24',
            productionFloor: `Toy floor ${f.tag}`,
          },
          {
            lotLabel: 'B',
            plannedQuantity: '3',
            product: f.toy,
            productionDate: '2026-11-25',
            productionFloor: f.floor,
          },
        ],
      },
      token: admin,
    })
    expect(status, JSON.stringify(body)).toBe(200)
    expect(body.created.map((c: any) => c.code)).toEqual(
      body.created.map((c: any) => `EX-${String(c.id).padStart(6, '0')}`),
    )
    const docs = await onFloor()
    expect(docs.map((d) => [d.lotLabel, d.plannedQuantity, d.productionDate.slice(0, 10)])).toEqual(
      [
        ['A', 2, '2026-11-24'],
        ['B', 3, '2026-11-25'],
      ],
    )
    // Through the collection: requirements from the recipe, the default status.
    expect(docs[1]!.requirements!.map((r) => r.requiredQuantity)).toEqual([6, 3])
    expect(docs[1]!.status).toBe(s.Plan)

    const graphql = await api.graphql(
      `mutation ($rows: JSON!) { createExecutions(rows: $rows) }`,
      {
        rows: [
          {
            lotLabel: 'C',
            plannedQuantity: 1,
            product: `TOY ${f.tag}`,
            productionDate: '2026-11-26',
            productionFloor: f.floor,
          },
        ],
      },
      admin,
    )
    expect(graphql.body.data.createExecutions.created).toHaveLength(1)
  })

  it('reports every bad row and field at once and creates nothing', async () => {
    const { body, status } = await api.rest('POST', '/manufacturing/createExecutions', {
      body: {
        rows: [
          {
            plannedQuantity: 2,
            product: f.toy,
            productionDate: '2026-11-24',
            productionFloor: f.floor,
          },
          {
            plannedQuantity: -1,
            product: 'NOPE',
            productionDate: '2026-02-30',
            productionFloor: f.floor,
          },
          { plannedQuantity: 1, productionDate: '2026-11-24', productionFloor: 'Nowhere' },
        ],
      },
      token: admin,
    })
    expect(status).toBe(400)
    expect(body.errors[0].data.errors.map((e: any) => e.message)).toEqual([
      'rows[1].plannedQuantity: must be greater than zero',
      'rows[1].productionDate: 2026-02-30 is not a day of the calendar',
      'rows[2].product: is required',
    ])
    expect(await onFloor()).toEqual([])
  })

  it('imports a CSV, naming the line and column of a failing row, all or nothing', async () => {
    const csv = Papa.unparse([
      ['Product', 'Planned Quantity', 'Production Date', 'Production Floor', 'Lot Label'],
      [`TOY-${f.tag}`, '4', '2026-11-24', `Toy floor ${f.tag}`, 'CSV-1'],
      [`TOY-${f.tag}`, 'four', '2026-11-24', `Toy floor ${f.tag}`, 'CSV-2'],
      ['GHOST', '1', '2026-11-24', `Toy floor ${f.tag}`, 'CSV-3'],
    ])
    const refused = await api.rest('POST', '/manufacturing/importExecutionsCsv', {
      body: { csv },
      token: admin,
    })
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].data.errors.map((e: any) => e.message)).toEqual([
      'line 3 (Planned Quantity): must be a number',
      'line 4 (Product): no product GHOST',
    ])
    expect(await onFloor()).toEqual([])

    const unknown = await api.rest('POST', '/manufacturing/importExecutionsCsv', {
      body: { csv: 'Product,Quantity\nX,1\n' },
      token: admin,
    })
    expect(unknown.status).toBe(400)
    expect(unknown.body.errors[0].data.errors[0].message).toMatch(
      /^csv: line 1: unknown column "Quantity"/,
    )

    const good = csv.split('\r\n').slice(0, 2).join('\r\n')
    const { body, status } = await api.rest('POST', '/manufacturing/importExecutionsCsv', {
      body: { csv: good },
      token: admin,
    })
    expect(status, JSON.stringify(body)).toBe(200)
    expect((await onFloor()).map((d) => [d.lotLabel, d.plannedQuantity])).toEqual([['CSV-1', 4]])

    // The export's own file imports back.
    const exported = await api.rest(
      'GET',
      `/executions/export.csv?where[productionFloor][equals]=${f.floor}`,
      { token: admin },
    )
    const again = await api.rest('POST', '/manufacturing/importExecutionsCsv', {
      body: { csv: exported.body },
      token: admin,
    })
    expect(again.status, JSON.stringify(again.body)).toBe(200)
    expect((await onFloor()).map((d) => d.lotLabel)).toEqual(['CSV-1', 'CSV-1'])
  })

  it('creates production done when the default status is the last: produced is planned unless given', async () => {
    const settings = await payload.findGlobal({ depth: 0, slug: 'production-settings' })
    await payload.updateGlobal({
      data: { defaultStatus: s.Completed },
      slug: 'production-settings',
    })
    try {
      const row = (lotLabel: string, plannedQuantity: number, producedQuantity?: number) => ({
        lotLabel,
        plannedQuantity,
        producedQuantity,
        product: f.toy,
        productionDate: '2026-11-24',
        productionFloor: f.floor,
      })
      const { body, status } = await api.rest('POST', '/manufacturing/createExecutions', {
        body: { rows: [row('A', 2), row('B', 3, 1)] },
        token: admin,
      })
      expect(status, JSON.stringify(body)).toBe(200)
      const graphql = await api.graphql(
        `mutation ($rows: JSON!) { createExecutions(rows: $rows) }`,
        { rows: [row('C', 1)] },
        admin,
      )
      expect(graphql.body.errors).toBeUndefined()
      const csv = Papa.unparse([
        [
          'Product',
          'Planned Quantity',
          'Produced Quantity',
          'Production Date',
          'Production Floor',
          'Lot Label',
        ],
        [`TOY-${f.tag}`, '4', '', '2026-11-24', `Toy floor ${f.tag}`, 'D'],
        [`TOY-${f.tag}`, '5', '2', '2026-11-24', `Toy floor ${f.tag}`, 'E'],
      ])
      const imported = await api.rest('POST', '/manufacturing/importExecutionsCsv', {
        body: { csv },
        token: admin,
      })
      expect(imported.status, JSON.stringify(imported.body)).toBe(200)
      const docs = await onFloor()
      expect(
        docs.map((d) => [d.lotLabel, d.plannedQuantity, d.producedQuantity, d.status]),
      ).toEqual([
        ['A', 2, 2, s.Completed],
        ['B', 3, 1, s.Completed],
        ['C', 1, 1, s.Completed],
        ['D', 4, 4, s.Completed],
        ['E', 5, 2, s.Completed],
      ])
      // Done at creation: the products were added at the produced quantities.
      expect(await onHandAt(payload, f.toy, f.floor)).toBe(2 + 1 + 1 + 4 + 2)

      const bad = await api.rest('POST', '/manufacturing/createExecutions', {
        body: { rows: [row('F', 2, -1)] },
        token: admin,
      })
      expect(bad.status).toBe(400)
      expect(bad.body.errors[0].data.errors.map((e: any) => e.message)).toEqual([
        'rows[0].producedQuantity: must be greater than zero',
      ])
    } finally {
      await payload.updateGlobal({
        data: { defaultStatus: settings.defaultStatus },
        slug: 'production-settings',
      })
    }
  })

  it('updates quantities and dates, refusing completed and started ones', async () => {
    const created = await api.rest('POST', '/manufacturing/createExecutions', {
      body: {
        rows: ['P', 'S', 'D'].map((lotLabel) => ({
          lotLabel,
          plannedQuantity: 1,
          product: f.toy,
          productionDate: '2026-11-24',
          productionFloor: f.floor,
        })),
      },
      token: admin,
    })
    const [planned, started, done] = created.body.created as { code: string; id: number }[]
    await api.rest('PATCH', `/executions/${started!.id}`, {
      body: { status: s.Assembly },
      token: admin,
    })
    await api.rest('PATCH', `/executions/${done!.id}`, {
      body: { producedQuantity: 1, status: s.Completed },
      token: admin,
    })
    const { body, status } = await api.rest('POST', '/manufacturing/updateExecutions', {
      body: {
        updates: [
          { id: planned!.id, plannedQuantity: 5, productionDate: '2026-12-01' },
          { id: started!.id, plannedQuantity: 7 },
          { id: done!.id, productionDate: '2026-12-01' },
        ],
      },
      token: admin,
    })
    expect(status, JSON.stringify(body)).toBe(200)
    expect(body.updated).toEqual([planned!.code])
    expect(body.refused).toEqual([
      {
        code: started!.code,
        reason: `consumed PLASTIC-${f.tag} at Assembly: move it back before Assembly to change its quantity`,
      },
      { code: done!.code, reason: 'is Completed and locked' },
    ])
    const updated = await payload.findByID({ collection: 'executions', depth: 0, id: planned!.id })
    expect([updated.plannedQuantity, updated.productionDate.slice(0, 10)]).toEqual([
      5,
      '2026-12-01',
    ])
    expect(updated.requirements!.map((r) => r.requiredQuantity)).toEqual([10, 5])

    // A date change needs move-date; the operator does not have it.
    const operator = await api.login('operator@example.com', 'operator')
    const forbidden = await api.rest('POST', '/manufacturing/updateExecutions', {
      body: { updates: [{ id: planned!.id, productionDate: '2026-12-02' }] },
      token: operator,
    })
    expect(forbidden.status).toBe(403)
    const bad = await api.graphql(
      `mutation ($updates: JSON!) { updateExecutions(updates: $updates) }`,
      { updates: [{ id: planned!.id, plannedQuantity: 0 }] },
      admin,
    )
    expect(bad.body.errors[0].message).toMatch(/updates\[0\]\.plannedQuantity/)
  })
})
