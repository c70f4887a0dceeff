import { beforeAll, describe, expect, it } from 'vitest'

import { type SeededApp, seededApp } from '../support/seededApp'

let counter = 0

describe('executions and orders are named by code and product wherever linked', () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
  })

  const fixtures = async () => {
    const tag = `${Date.now().toString(36)}${(counter++).toString(36)}`
    const item = async (sku: string, kind: 'material' | 'product') =>
      (
        await payload.create({
          collection: 'items',
          data: { kind, name: `${sku} ${tag}`, sku: `${sku}-${tag}`, standardCost: 1, unit: 'pcs' },
        })
      ).id
    const [soup, stock, water] = [
      await item('SOUP', 'product'),
      await item('STOCK', 'product'),
      await item('WATER', 'material'),
    ]
    await payload.create({
      collection: 'boms',
      data: {
        basis: 'per_unit',
        components: [{ item: water, quantity: 2 }],
        outputQuantity: 1,
        product: stock,
      },
    })
    await payload.create({
      collection: 'boms',
      data: {
        basis: 'per_unit',
        components: [{ item: stock, quantity: 3 }],
        outputQuantity: 1,
        product: soup,
      },
    })
    const floor = (
      await payload.create({
        collection: 'locations',
        data: { kind: 'production_floor', name: `Title floor ${tag}` },
      })
    ).id
    return { floor, soup, stock, tag }
  }

  it('names a new execution "code · product" over REST and GraphQL, and searches by either', async () => {
    const f = await fixtures()
    const { body, status } = await api.rest('POST', '/executions', {
      body: {
        plannedQuantity: 2,
        product: f.soup,
        productionDate: '2026-12-02',
        productionFloor: f.floor,
      },
      token: admin,
    })
    expect(status, JSON.stringify(body)).toBe(201)
    const { code, id, title } = body.doc
    expect(title).toBe(`${code} · SOUP ${f.tag}`)
    const stored = await payload.findByID({ collection: 'executions', depth: 0, id })
    expect(stored.title).toBe(title)
    const gql = await api.graphql(`query { Execution(id: ${id}) { title } }`, {}, admin)
    expect(gql.body.data.Execution.title).toBe(title)
    for (const search of [code, `SOUP ${f.tag}`]) {
      const found = await api.rest(
        'GET',
        `/executions?where[title][like]=${encodeURIComponent(search)}&depth=0`,
        { token: admin },
      )
      expect(found.body.docs.map((d: { id: number }) => d.id)).toContain(id)
    }
  })

  it('exports the list as its search bar finds it: by code or product', async () => {
    const f = await fixtures()
    const make = async (product: number) =>
      (
        await api.rest('POST', '/executions', {
          body: {
            plannedQuantity: 1,
            product,
            productionDate: '2026-12-02',
            productionFloor: f.floor,
          },
          token: admin,
        })
      ).body.doc as { code: string }
    const soup = await make(f.soup)
    const stock = await make(f.stock)
    const exported = async (search: string) =>
      (
        await api.rest(
          'GET',
          `/executions/export.csv?where[productionFloor][equals]=${f.floor}&search=${encodeURIComponent(search)}`,
          { token: admin },
        )
      ).body as string
    const bySoup = await exported(`SOUP ${f.tag}`)
    expect(bySoup).toContain(soup.code)
    expect(bySoup).not.toContain(stock.code)
    const byCode = await exported(stock.code)
    expect(byCode).toContain(stock.code)
    expect(byCode).not.toContain(soup.code)
  })

  it('refuses nothing but ignores a title sent by a client', async () => {
    const f = await fixtures()
    const { body } = await api.rest('POST', '/executions', {
      body: {
        plannedQuantity: 1,
        product: f.soup,
        productionDate: '2026-12-02',
        productionFloor: f.floor,
        title: 'Forged',
      },
      token: admin,
    })
    expect(body.doc.title).toBe(`${body.doc.code} · SOUP ${f.tag}`)
    const patched = await api.rest('PATCH', `/executions/${body.doc.id}`, {
      body: { title: 'Forged' },
      token: admin,
    })
    expect(patched.body.doc.title).toBe(`${body.doc.code} · SOUP ${f.tag}`)
  })

  it('names a manufacturing order "number · product"', async () => {
    const f = await fixtures()
    const order = await payload.create({
      collection: 'manufacturing-orders',
      data: { location: f.floor, product: f.soup, quantity: 2 } as never,
    })
    expect(order.title).toBe(`${order.orderNumber} · SOUP ${f.tag}`)
    const stored = await payload.findByID({
      collection: 'manufacturing-orders',
      depth: 0,
      id: order.id,
    })
    expect(stored.title).toBe(order.title)
  })

  it('names generated executions, and a renamed product renames every execution and order making it', async () => {
    const f = await fixtures()
    const plan = await payload.create({
      collection: 'production-plans',
      data: {
        date: '2026-12-03',
        lines: [{ product: f.soup, quantity: 2 }],
        name: `Titles ${f.tag}`,
        productionFloor: f.floor,
      },
    })
    const generated = await api.rest('POST', '/manufacturing/generateExecutions', {
      body: { id: plan.id },
      token: admin,
    })
    expect(generated.status, JSON.stringify(generated.body)).toBe(200)
    const titles = async () =>
      (
        await payload.find({
          collection: 'executions',
          depth: 0,
          sort: 'id',
          where: { plan: { equals: plan.id } },
        })
      ).docs.map((d) => [d.code, d.title])
    const before = await titles()
    expect(before.map(([code, title]) => title!.replace(code!, '#'))).toEqual([
      `# · SOUP ${f.tag}`,
      `# · STOCK ${f.tag}`,
    ])
    const order = await payload.create({
      collection: 'manufacturing-orders',
      data: { location: f.floor, product: f.stock, quantity: 1 } as never,
    })
    await api.rest('PATCH', `/items/${f.stock}`, { body: { name: `Broth ${f.tag}` }, token: admin })
    const after = await titles()
    expect(after[1]![1]).toBe(`${after[1]![0]} · Broth ${f.tag}`)
    expect(after[0]![1]).toBe(before[0]![1])
    const renamed = await payload.findByID({ collection: 'manufacturing-orders', id: order.id })
    expect(renamed.title).toBe(`${order.orderNumber} · Broth ${f.tag}`)
  })

  it('gives the seeded executions and orders their titles', async () => {
    const { docs } = await payload.find({ collection: 'executions', depth: 1, limit: 5 })
    for (const doc of docs) {
      const product = doc.product as { name: string }
      expect(doc.title).toBe(`${doc.code} · ${product.name}`)
    }
  })
})
