import Papa from 'papaparse'
import { createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { executionsCsv } from '../../src/exports/executionsCsv'
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
})
