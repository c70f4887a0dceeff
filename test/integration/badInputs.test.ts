import { beforeAll, describe, expect, it } from 'vitest'

import { statusesByName } from '../support/productionFixtures'
import { type SeededApp, seededApp } from '../support/seededApp'

describe('bad inputs are refused with a 4xx naming the field, and nothing is stored', () => {
  let app: SeededApp
  let item: { id: number; name: string }
  let product: number
  let floor: number
  let supplier: number
  let resource: number

  beforeAll(async () => {
    app = await seededApp()
    const first = async (collection: 'items' | 'locations' | 'suppliers', where = {}) =>
      (await app.payload.find({ collection, depth: 0, limit: 1, sort: 'id', where })).docs[0]!
    item = (await first('items', { kind: { equals: 'material' } })) as { id: number; name: string }
    product = (await first('items', { kind: { equals: 'product' } })).id
    resource = (await first('items', { kind: { equals: 'resource' } })).id
    floor = (await first('locations', { kind: { equals: 'production_floor' } })).id
    supplier = (await first('suppliers')).id
  })

  const send = (method: 'GET' | 'PATCH' | 'POST', path: string, raw?: unknown, token?: string) =>
    app.api.rest(method, path, {
      raw: raw === undefined ? undefined : typeof raw === 'string' ? raw : JSON.stringify(raw),
      token: token ?? app.admin,
    })
  /** The answer is a 4xx whose error names `field`; returns the message. */
  const refused = async (
    answer: Promise<{ body: any; status: number }>,
    field: string,
    status = 400,
  ) => {
    const { body, status: code } = await answer
    expect(code, JSON.stringify(body)).toBe(status)
    const error = body.errors[0]
    const paths = (error.data?.errors ?? []).map((e: { path: string }) => e.path)
    expect([...paths, error.message].join(' '), JSON.stringify(body)).toContain(field)
    return error.message as string
  }
  const itemNow = async () =>
    app.payload.findByID({ collection: 'items', depth: 0, id: item.id, overrideAccess: true })
  const poLine = (quantity: string) =>
    `{"supplier":${supplier},"status":"sent","lines":[{"item":${item.id},"unitCost":1,"quantity":${quantity}}]}`

  it('answers 400, not 500, for values Postgres would refuse', async () => {
    await refused(
      send('POST', '/items', { name: 'x', sku: 'X-1', standardCost: true }),
      'standardCost',
    )
    const execution = (
      await send('POST', '/executions', {
        plannedQuantity: 1,
        product,
        productionDate: '2026-12-11',
        productionFloor: floor,
      })
    ).body.doc.id
    await refused(send('PATCH', `/executions/${execution}`, { status: 'abc' }), 'status')
    await refused(send('PATCH', `/executions/${execution}`, { status: 987654321 }), 'status')
    const s = await statusesByName(app.payload)
    await refused(
      send('POST', '/manufacturing/previewTransition', {
        id: execution,
        producedQuantity: 'abc',
        status: Object.values(s)[0],
      }),
      'producedQuantity',
    )
    expect(await refused(send('POST', '/customers', { name: 'a\u0000b' }), 'name')).toMatch(/NUL/)
    await refused(send('POST', '/customers', { name: 'a\ud800b' }), 'name')
    await refused(send('PATCH', `/items/${item.id}`, { description: 'x\u0000' }), 'description')
    await refused(send('GET', '/items/abc'), 'id')
    await refused(send('GET', '/items?where[id][in]=abc'), 'where[id][in]')
    await refused(send('GET', '/items?limit=abc'), 'limit')
    await refused(send('GET', '/items?page=0'), 'page')
    expect((await itemNow()).description ?? '').not.toContain('\u0000')
  })

  it('stores no quantity or cost the actions would refuse', async () => {
    for (const cost of ['"NaN"', '"Infinity"', '1e400', '-1e400', '1.0000001'])
      await refused(
        send('POST', '/items', `{"name":"x","sku":"X-2","standardCost":${cost}}`),
        'standardCost',
      )
    for (const size of ['0', '1e-30', '1.0000001', '1e400', '-2'])
      await refused(send('PATCH', `/items/${item.id}`, `{"batchSize":${size}}`), 'batchSize')
    for (const quantity of ['1e400', '0', '1e-30', '1.0000001', 'true'])
      await refused(send('POST', '/purchase-orders', poLine(quantity)), 'lines[0].quantity')
    const before = await app.payload.count({ collection: 'purchase-orders' })
    const ok = await send('POST', '/purchase-orders', poLine('2.5'))
    expect(ok.status, JSON.stringify(ok.body)).toBe(201)
    expect((await app.payload.count({ collection: 'purchase-orders' })).totalDocs).toBe(
      before.totalDocs + 1,
    )
  })

  it('accepts nothing silently', async () => {
    for (const bad of [true, {}, []])
      await refused(
        send('POST', '/manufacturing/createExecutions', {
          rows: [
            {
              plannedQuantity: 1,
              product: bad,
              productionDate: '2026-12-11',
              productionFloor: floor,
            },
          ],
        }),
        'rows[0].product',
      )
    const name = (await itemNow()).name
    await refused(send('PATCH', `/items/1'--`, { name: 'changed' }), 'id')
    await refused(
      send('PATCH', `/items/${item.id}`, { primarySupplier: `${supplier}'--` }),
      'primarySupplier',
    )
    expect((await itemNow()).name).toBe(name)
    for (const bad of [123, {}, [], '   '])
      await refused(send('PATCH', `/items/${item.id}`, { name: bad }), 'name')
    expect((await itemNow()).name).toBe(name)

    const viewer = await app.api.login('viewer@example.com', 'viewer')
    const me = (await send('GET', '/users/me', undefined, viewer)).body.user
    const admin = (
      await app.payload.find({ collection: 'roles', where: { key: { equals: 'admin' } } })
    ).docs[0]!.id
    const roles = (me.roles as ({ id: number } | number)[]).map((r) =>
      typeof r === 'number' ? r : r.id,
    )
    expect(
      await refused(
        send('PATCH', `/users/${me.id}`, { roles: [...roles, admin] }, viewer),
        'roles',
        403,
      ),
    ).toMatch(/manages roles/)
    const after = await app.payload.findByID({ collection: 'users', depth: 0, id: me.id })
    expect(after.roles).toEqual(roles)
    // Sending one's own roles back unchanged (as the admin's form does) is no grant.
    const same = await send('PATCH', `/users/${me.id}`, { name: 'Vic', roles }, viewer)
    expect(same.status, JSON.stringify(same.body)).toBe(200)
  })

  it('names the operation whose resource is missing', async () => {
    const message = await refused(
      send('POST', '/boms', {
        components: [{ item: item.id, quantity: 1 }],
        operations: [{ minutes: 5, step: 'Assemble' }],
        outputQuantity: 1,
        product,
      }),
      'operations[0].resource',
    )
    expect(message).toBe('operations[0].resource: is required')
    const ok = await send('POST', '/boms', {
      active: false,
      components: [{ item: item.id, quantity: 1 }],
      operations: [{ minutes: 5, resource, step: 'Assemble' }],
      outputQuantity: 1,
      product,
    })
    expect(ok.status, JSON.stringify(ok.body)).toBe(201)
  })
})
