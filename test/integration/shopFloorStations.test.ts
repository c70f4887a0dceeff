import type { Payload, PayloadRequest } from 'payload'

import { createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { loadOrderStation } from '../../src/shopFloor/components/OrderStation/loadOrderStation'
import { loadRunStation } from '../../src/shopFloor/components/RunStation/loadRunStation'
import { tableAndDough } from '../support/orderFixtures'
import { type SeededApp, seededApp } from '../support/seededApp'

/** A request of the demo user with this email, as the admin view hands the stations one. */
async function requestOf(payload: Payload, email: string): Promise<PayloadRequest> {
  const {
    docs: [user],
  } = await payload.find({ collection: 'users', where: { email: { equals: email } } })
  return createLocalReq({ user: { ...user!, collection: 'users' } as never }, payload)
}

describe('the shop floor’s run and order stations', () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string
  let operator: string

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
    operator = await api.login('operator@example.com', 'operator')
  })

  const doughOrder = async () => {
    const f = await tableAndDough(payload)
    const created = await api.rest('POST', '/manufacturing-orders', {
      body: { batches: 2, location: f.floor, mode: 'batch', product: f.dough },
      token: admin,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    return { f, order: created.body.doc }
  }

  it('picks once for a key however often the request is sent, over REST and GraphQL', async () => {
    const { f, order } = await doughOrder()
    const line = order.ingredients[0].id
    const pick = (key: string) =>
      api.rest('POST', '/manufacturing/pickIngredients', {
        body: { key, lines: [{ ingredient: line, quantity: 5 }], order: order.id },
        token: operator,
      })
    const first = await pick('scan-1')
    expect(first.status, JSON.stringify(first.body)).toBe(200)
    const again = await pick('scan-1')
    expect(again.status, JSON.stringify(again.body)).toBe(200)
    expect(again.body).toEqual(first.body)
    const picked = async () =>
      (await payload.findByID({ collection: 'manufacturing-orders', id: order.id }))
        .ingredients![0]!.pickedQuantity
    expect(await picked()).toBe(5)

    const mutation = `mutation ($order: Int!, $lines: JSON!, $key: String) { pickIngredients(order: $order, lines: $lines, key: $key) }`
    const vars = { key: 'scan-2', lines: [{ ingredient: line, quantity: 5 }], order: order.id }
    const byGraphql = await api.graphql(mutation, vars, operator)
    expect(byGraphql.body.errors).toBeUndefined()
    expect((await api.graphql(mutation, vars, operator)).body.data.pickIngredients).toEqual(
      byGraphql.body.data.pickIngredients,
    )
    expect(await picked()).toBe(10)
    // Without a key every request is a pick of its own, as before.
    const unkeyed = await api.rest('POST', '/manufacturing/pickIngredients', {
      body: { lines: [{ ingredient: line, quantity: 1 }], order: order.id },
      token: operator,
    })
    expect(unkeyed.status).toBe(200)
    expect(await picked()).toBe(11)
    expect(f.flour).toBeTruthy()

    const bad = await pick('x'.repeat(101))
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toMatch(/key.*at most 100 characters/)
  })

  it('loads an order’s lines, picked lots, free lots and batches for the Operator', async () => {
    const { f, order } = await doughOrder()
    const line = order.ingredients[0].id
    await api.rest('POST', '/manufacturing/pickIngredients', {
      body: { lines: [{ ingredient: line, quantity: 4 }], order: order.id },
      token: operator,
    })
    const data = (await loadOrderStation(
      await requestOf(payload, 'operator@example.com'),
      order.id,
    ))!
    expect(data.can).toEqual({ update: true })
    // The Operator moves orders along but may not finalize them.
    expect(data.step).toMatchObject({ finalize: false, nextIsLast: false })
    expect(data.step.current).toBeTruthy()
    expect(data.step.next?.name).toBeTruthy()
    expect(data.order).toMatchObject({ mode: 'batch', number: order.orderNumber, unit: 'pcs' })
    expect(data.ingredients.map((l) => [l.sku, l.plannedQuantity, l.pickedQuantity])).toEqual([
      [`FLOUR-${f.tag}`, 24, 4],
      [`WATER-${f.tag}`, 16, 0],
    ])
    const [lot] = data.ingredients[0]!.pickedLots
    expect(lot).toMatchObject({ quantity: 4 })
    expect(lot!.code).toMatch(/\S/)
    // The lots offered are those of the ingredients with stock free at the order's floor.
    expect(new Set(data.lots.map((l) => l.item))).toEqual(new Set([f.flour, f.water]))
    expect(data.batches.map((b) => [b.batchNumber, b.status])).toEqual([
      [1, 'in_progress'],
      [2, 'pending'],
    ])
    const viewer = await loadOrderStation(await requestOf(payload, 'viewer@example.com'), order.id)
    expect(viewer!.can).toEqual({ update: false })
    expect(await loadOrderStation(await requestOf(payload, 'operator@example.com'), 999_999)).toBe(
      null,
    )
  })

  it('loads a run’s stages, entries, items and lots, and what the user may do', async () => {
    const f = await tableAndDough(payload)
    const process = await payload.create({
      collection: 'processes',
      data: { name: `Kneading ${f.tag}`, stages: [{ name: 'Mix' }, { name: 'Rest' }] },
    })
    const created = await api.rest('POST', '/production-runs', {
      body: { location: f.floor, process: process.id, product: f.dough },
      token: operator,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const run = created.body.doc
    const recorded = await api.rest('POST', '/manufacturing/recordInputs', {
      body: { key: 'mix-1', lines: [{ item: f.flour, quantity: 3 }], run: run.id, stage: 'Rest' },
      token: operator,
    })
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(200)
    const data = (await loadRunStation(await requestOf(payload, 'operator@example.com'), run.id))!
    expect(data.can).toEqual({ finalize: false, record: true })
    expect(data.stages.map((s) => s.name)).toEqual(['Mix', 'Rest'])
    expect(data.run).toMatchObject({ currentStage: data.stages[1]!.id, product: f.dough })
    expect(data.entries).toEqual([
      expect.objectContaining({
        item: f.flour,
        kind: 'input',
        quantity: 3,
        stage: data.stages[1]!.id,
      }),
    ])
    expect(data.entries[0]!.lots).toHaveLength(1)
    expect(data.items.some((i) => i.id === f.flour && i.sku === `FLOUR-${f.tag}`)).toBe(true)
    expect(data.lots.find((l) => l.item === f.flour)?.available).toBe('97')
    const admin = await loadRunStation(await requestOf(payload, 'admin@example.com'), run.id)
    expect(admin!.can).toEqual({ finalize: true, record: true })
    const viewer = await loadRunStation(await requestOf(payload, 'viewer@example.com'), run.id)
    expect(viewer!.can).toEqual({ finalize: false, record: false })
  })
})
