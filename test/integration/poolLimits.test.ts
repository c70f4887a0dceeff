import type pg from 'pg'

import { afterEach, beforeAll, describe, expect, it } from 'vitest'

import { tableAndDough } from '../support/orderFixtures'
import { statusesByName, toyFixtures } from '../support/productionFixtures'
import { type SeededApp, seededApp } from '../support/seededApp'
import { withinSeconds } from '../support/loadChecks'

/**
 * Every request of the plugin needs one pool connection, and a request that cannot get one in
 * time answers 503, writes nothing, and leaves the app serving.
 */
describe('the connection pool', () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string
  let s: Record<string, number>
  let held: pg.PoolClient[] = []

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
    s = await statusesByName(payload)
  })
  afterEach(() => {
    for (const client of held) client.release()
    held = []
  })

  const pool = () => (payload.db as unknown as { pool: pg.Pool }).pool
  /** Checks out every free connection but `leave`, as requests stuck elsewhere would. */
  async function holdConnections(leave: number) {
    const { options, totalCount, idleCount } = pool()
    const free = (options.max ?? 10) - (totalCount - idleCount)
    for (let i = 0; i < free - leave; i++) held.push(await pool().connect())
  }

  it('is bounded: a connection waits at most the acquire timeout', () => {
    expect(pool().options).toMatchObject({
      connectionTimeoutMillis: 10_000,
      idle_in_transaction_session_timeout: 60_000,
      max: 10,
      statement_timeout: 60_000,
    })
  })

  it('serves status changes, actions, orders, runs, adjustments and GraphQL with one connection', async () => {
    const toy = await toyFixtures(payload)
    const order = await tableAndDough(payload)
    await holdConnections(1)
    const ok = async (what: string, call: Promise<{ body: any; status: number }>): Promise<any> => {
      const { body, status } = await withinSeconds(30, call)
      expect(status, `${what}: ${JSON.stringify(body)}`).toBeLessThan(300)
      return body
    }
    const created = await ok(
      'create an execution',
      api.rest('POST', '/executions', {
        body: {
          plannedQuantity: 2,
          product: toy.toy,
          productionDate: '2026-12-04',
          productionFloor: toy.floor,
        },
        token: admin,
      }),
    )
    const id = created.doc.id
    await ok(
      'preview',
      api.rest('POST', '/manufacturing/previewTransition', {
        body: { id, status: s.Assembly },
        token: admin,
      }),
    )
    await ok(
      'move an execution',
      api.rest('PATCH', `/executions/${id}?depth=0`, {
        body: { status: s.Assembly },
        token: admin,
      }),
    )
    await ok(
      'move executions in bulk',
      api.rest('POST', '/manufacturing/changeExecutionsStatus', {
        body: { ids: [id], status: s.Painting },
        token: admin,
      }),
    )
    const moved = await ok(
      'move over GraphQL',
      api.graphql(
        `mutation ($id: Int!, $status: Int!) { updateExecution(id: $id, data: { status: $status }) { id } }`,
        { id, status: s.Assembly },
        admin,
      ),
    )
    expect(moved.errors).toBeUndefined()
    const mo = await ok(
      'create an order',
      api.rest('POST', '/manufacturing-orders', {
        body: { location: order.floor, product: order.table, quantity: 1 },
        token: admin,
      }),
    )
    await ok(
      'move an order',
      api.rest('PATCH', `/manufacturing-orders/${mo.doc.id}?depth=0`, {
        body: { status: s.Painting },
        token: admin,
      }),
    )
    await ok(
      'adjust stock',
      api.rest('POST', '/inventory-adjustments', {
        body: {
          lines: [{ item: toy.paint, quantityDelta: 3 }],
          location: toy.floor,
          type: 'found',
        },
        token: admin,
      }),
    )
    const process = await ok(
      'create a process',
      api.rest('POST', '/processes', {
        body: { name: `Painting ${toy.tag}`, stages: [{ name: 'Mix' }, { name: 'Coat' }] },
        token: admin,
      }),
    )
    const run = await ok(
      'start a run',
      api.rest('POST', '/production-runs', {
        body: { description: 'A coat', location: toy.floor, process: process.doc.id },
        token: admin,
      }),
    )
    await ok(
      'record a run input',
      api.rest('POST', '/manufacturing/recordInputs', {
        body: { lines: [{ item: toy.paint, quantity: 1 }], run: run.doc.id, stage: 'Mix' },
        token: admin,
      }),
    )
    await ok('list executions', api.rest('GET', '/executions?limit=5', { token: admin }))
  })

  it('answers 503 without a free connection, writes nothing, and serves again once one frees', async () => {
    const toy = await toyFixtures(payload)
    await holdConnections(0)
    const started = Date.now()
    const adjustment = await withinSeconds(
      30,
      api.rest('POST', '/inventory-adjustments', {
        body: {
          lines: [{ item: toy.paint, quantityDelta: 3 }],
          location: toy.floor,
          type: 'found',
        },
        token: admin,
      }),
    )
    expect(adjustment.status, JSON.stringify(adjustment.body)).toBe(503)
    expect(adjustment.body.errors[0].message).toMatch(/database is busy.*nothing was written/)
    expect(Date.now() - started).toBeGreaterThanOrEqual(9_000)
    const action = await withinSeconds(
      30,
      api.rest('POST', '/manufacturing/postStockMovements', {
        body: {
          key: `busy-${toy.tag}`,
          lines: [
            { from: toy.floor, item: toy.paint, quantity: 1, reason: 'transfer', to: toy.floor },
          ],
        },
        token: admin,
      }),
    )
    expect(action.status, JSON.stringify(action.body)).toBe(503)

    for (const client of held) client.release()
    held = []
    const after = Date.now()
    const read = await withinSeconds(5, api.rest('GET', '/executions?limit=1', { token: admin }))
    expect(read.status).toBe(200)
    expect(Date.now() - after).toBeLessThan(1_000)
    const { totalDocs } = await payload.find({
      collection: 'inventory-adjustments',
      where: { location: { equals: toy.floor }, 'lines.item': { equals: toy.paint } },
    })
    expect(totalDocs).toBe(1) // the fixture's own adjustment only
  }, 90_000)
})
