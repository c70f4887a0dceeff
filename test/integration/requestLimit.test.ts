import { beforeAll, describe, expect, it } from 'vitest'

import { defaultMaxRequestBytes } from '../../src/options'
import { type SeededApp, seededApp } from '../support/seededApp'

const limit = defaultMaxRequestBytes
const tooLarge = `The request body is larger than the limit of 1 MB (${limit} bytes): nothing was read or written. Send less at once.`

/** A JSON document of about `bytes` bytes: an item whose notes are long. */
const bigItem = (bytes: number, sku: string) =>
  JSON.stringify({ kind: 'material', name: 'Big', notes: 'x'.repeat(bytes), sku, unit: 'kg' })

/** A body sent in chunks with no Content-Length, as a client streaming it would. */
const chunked = (text: string) => {
  const bytes = new TextEncoder().encode(text)
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (let at = 0; at < bytes.length; at += 64 * 1024)
        controller.enqueue(bytes.slice(at, at + 64 * 1024))
      controller.close()
    },
  })
}

type Handler = (
  request: Request,
  context: { params: Promise<{ slug: string[] }> },
) => Promise<Response>

describe('the request size limit (maxRequestBytes)', () => {
  let app: SeededApp
  let REST_POST_ROUTE: Handler
  let REST_PATCH_ROUTE: Handler
  let GRAPHQL_ROUTE: Handler

  beforeAll(async () => {
    app = await seededApp()
    // The app's route files, loaded once the suite's database is configured.
    const rest = await import('../../demo/app/(payload)/api/[...slug]/route')
    REST_POST_ROUTE = rest.POST as Handler
    REST_PATCH_ROUTE = rest.PATCH as Handler
    GRAPHQL_ROUTE = (await import('../../demo/app/(payload)/api/graphql/route')).POST as Handler
  })

  /** Through the app's own route files, as Next.js serves them. */
  const route = async (handler: Handler, path: string, body: BodyInit, method = 'POST') => {
    const url = new URL(`http://localhost:3000/api${path}`)
    const slug = url.pathname
      .replace(/^\/api\//, '')
      .split('/')
      .filter(Boolean)
    const response = await handler(
      new Request(url, {
        body,
        // @ts-expect-error Node's fetch needs it for a streamed body
        duplex: 'half',
        headers: { authorization: `JWT ${app.admin}`, 'content-type': 'application/json' },
        method,
      }),
      { params: Promise.resolve({ slug }) },
    )
    return { body: await response.json(), status: response.status }
  }
  const graphql = (body: BodyInit) => route(GRAPHQL_ROUTE, '/graphql', body)
  const itemsNamed = async (sku: string) =>
    (await app.payload.count({ collection: 'items', where: { sku: { equals: sku } } })).totalDocs

  it('answers 413 with the limit to a REST create over it, declared or chunked, and writes nothing', async () => {
    const declared = await route(REST_POST_ROUTE, '/items', bigItem(10 * 1024 * 1024, 'BIG-1'))
    expect(declared).toEqual({
      body: { errors: [{ name: 'APIError', data: { code: 'too_large' }, message: tooLarge }] },
      status: 413,
    })
    const streamed = await route(REST_POST_ROUTE, '/items', chunked(bigItem(2 * limit, 'BIG-2')))
    expect(streamed).toEqual({
      body: { errors: [{ name: 'APIError', data: { code: 'too_large' }, message: tooLarge }] },
      status: 413,
    })
    const [item] = (await app.payload.find({ collection: 'items', limit: 1 })).docs
    const patched = await route(
      REST_PATCH_ROUTE,
      `/items/${item!.id}`,
      JSON.stringify({ notes: 'x'.repeat(limit) }),
      'PATCH',
    )
    expect(patched.status).toBe(413)
    expect(await itemsNamed('BIG-1')).toBe(0)
    expect(await itemsNamed('BIG-2')).toBe(0)
  })

  it('leaves multipart bodies (uploads, the admin’s form saves) to Payload’s own parser', async () => {
    const form = new FormData()
    form.set(
      '_payload',
      JSON.stringify({ kind: 'material', name: 'Form', sku: 'FORM-1', unit: 'kg' }),
    )
    const url = new URL('http://localhost:3000/api/items')
    const response = await REST_POST_ROUTE(
      new Request(url, {
        body: form,
        headers: { authorization: `JWT ${app.admin}` },
        method: 'POST',
      }),
      { params: Promise.resolve({ slug: ['items'] }) },
    )
    expect(response.status).toBe(201)
    expect(await itemsNamed('FORM-1')).toBe(1)
  })

  it('lets a body at the limit through', async () => {
    const overhead = bigItem(0, 'BIG-OK').length
    const created = await route(REST_POST_ROUTE, '/items', bigItem(limit - overhead, 'BIG-OK'))
    expect(created.status, JSON.stringify(created.body).slice(0, 500)).toBe(201)
    expect(await itemsNamed('BIG-OK')).toBe(1)
  })

  it('answers 413 to a GraphQL query over it, and 400 to a GraphQL body that is not JSON', async () => {
    const query = `{ Items(where: { name: { equals: "${'x'.repeat(10 * 1024 * 1024)}" } }) { totalDocs } }`
    expect(await graphql(JSON.stringify({ query }))).toEqual({
      body: { errors: [{ name: 'APIError', data: { code: 'too_large' }, message: tooLarge }] },
      status: 413,
    })
    expect(await graphql(chunked(JSON.stringify({ query })))).toMatchObject({ status: 413 })
    expect(await graphql('{"query": "{ Items { totalDocs } ')).toEqual({
      body: {
        errors: [
          {
            name: 'APIError',
            data: { code: 'invalid' },
            message: 'The request body is not valid JSON.',
          },
        ],
      },
      status: 400,
    })
    const small = await graphql(JSON.stringify({ query: '{ Items { totalDocs } }' }))
    expect(small.status).toBe(200)
    expect(small.body.data.Items.totalDocs).toBeGreaterThan(0)
  })

  it('answers 413 from the plugin’s action endpoints themselves, even through a route without the wrapper', async () => {
    const lines = Array.from({ length: 20_000 }, () => ({
      item: 1,
      quantity: 1,
      reason: 'receipt',
    }))
    const body = { key: 'too-many-lines', lines, notes: 'y'.repeat(limit) }
    const direct = await app.api.rest('POST', '/manufacturing/postStockMovements', {
      body,
      token: app.admin,
    })
    expect(direct).toMatchObject({
      body: { errors: [{ name: 'APIError', data: { code: 'too_large' }, message: tooLarge }] },
      status: 413,
    })
    const routed = await route(
      REST_POST_ROUTE,
      '/manufacturing/postStockMovements',
      chunked(JSON.stringify(body)),
    )
    expect(routed).toEqual({
      body: { errors: [{ name: 'APIError', data: { code: 'too_large' }, message: tooLarge }] },
      status: 413,
    })
    const broken = await app.api.rest('POST', '/manufacturing/verifyLedger', {
      raw: '{"not json',
      token: app.admin,
    })
    expect(broken).toMatchObject({
      body: {
        errors: [
          {
            name: 'APIError',
            data: { code: 'invalid' },
            message: 'The request body is not valid JSON.',
          },
        ],
      },
      status: 400,
    })
    const small = await app.api.rest('POST', '/manufacturing/verifyLedger', {
      body: {},
      token: app.admin,
    })
    expect(small.status).toBe(200)
  })
})
