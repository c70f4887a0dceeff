import { beforeAll, describe, expect, it } from 'vitest'

import { tableAndDough } from '../support/orderFixtures'
import { onHandAt, statusesByName } from '../support/productionFixtures'
import { type SeededApp, seededApp } from '../support/seededApp'

describe("previewing a manufacturing order's status change", () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string
  let planner: string
  let s: Record<string, number>

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
    planner = await api.login('planner@example.com', 'planner')
    s = await statusesByName(payload)
  })

  const createOrder = async (data: Record<string, unknown>) => {
    const { body, status } = await api.rest('POST', '/manufacturing-orders', {
      body: data,
      token: admin,
    })
    expect(status, JSON.stringify(body)).toBe(201)
    return body.doc
  }
  const preview = (body: Record<string, unknown>, token = admin) =>
    api.rest('POST', '/manufacturing/previewTransition', { body, token })
  const changesOf = (body: any) =>
    body.changes
      .map((c: any) => [c.item.id, c.quantity, c.onHandBefore, c.onHandAfter, c.shortage])
      .sort()

  it('previews only what remains after recorded output, exactly what the move then posts', async () => {
    const f = await tableAndDough(payload)
    const order = await createOrder({ location: f.floor, product: f.table, quantity: 4 })
    const recorded = await api.rest('POST', '/manufacturing/recordOrderOutput', {
      body: { order: order.id, quantity: 1 },
      token: admin,
    })
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(200)
    // One table made: 9 tops, 95 screws, 36 legs and 1 table on the floor.
    const rest = await preview({ order: order.id, status: s.Completed })
    expect(rest.status, JSON.stringify(rest.body)).toBe(200)
    expect(rest.body).toMatchObject({
      allowed: true,
      from: { id: s.Plan, name: 'Plan' },
      problems: [],
      reverse: [],
      to: { id: s.Completed, name: 'Completed' },
    })
    // Three tables are left: 3 tops, 15 screws, 12 legs out and 3 tables in.
    expect(rest.body.post.map((p: any) => [p.action, p.item, p.quantity]).sort()).toEqual(
      [
        ['add_products', f.table, '3'],
        ['deduct_materials', f.leg, '12'],
        ['deduct_materials', f.screw, '15'],
        ['deduct_materials', f.top, '3'],
      ].sort(),
    )
    expect(changesOf(rest.body)).toEqual(
      [
        [f.top, '-3', '9', '6', false],
        [f.screw, '-15', '95', '80', false],
        [f.leg, '-12', '36', '24', false],
        [f.table, '3', '1', '4', false],
      ].sort(),
    )
    const byCollection = await preview({
      collection: 'manufacturing-orders',
      id: order.id,
      status: s.Completed,
    })
    expect(byCollection.body).toEqual(rest.body)
    const query = await api.graphql(
      `query ($order: Int!, $status: Int!) { previewTransition(order: $order, status: $status) }`,
      { order: order.id, status: s.Completed },
      admin,
    )
    expect(query.body.errors).toBeUndefined()
    expect(query.body.data.previewTransition).toEqual(rest.body)
    // Nothing written by previewing.
    expect(await onHandAt(payload, f.top, f.floor)).toBe(9)

    const moved = await api.rest('PATCH', `/manufacturing-orders/${order.id}`, {
      body: { status: s.Completed },
      token: admin,
    })
    expect(moved.status, JSON.stringify(moved.body)).toBe(200)
    for (const change of rest.body.changes)
      expect(await onHandAt(payload, change.item.id, f.floor)).toBe(Number(change.onHandAfter))

    // Back to Plan reverses the move's postings; recorded output stays.
    const back = await preview({ order: order.id, status: s.Plan })
    expect(back.body.post).toEqual([])
    expect(back.body.reverse).toHaveLength(4)
    expect(changesOf(back.body)).toEqual(
      [
        [f.top, '3', '6', '9', false],
        [f.screw, '15', '80', '95', false],
        [f.leg, '12', '24', '36', false],
        [f.table, '-3', '4', '1', false],
      ].sort(),
    )
  })

  it('shows shortages and the finalize problem, and refuses bad ids with 4xx', async () => {
    const f = await tableAndDough(payload)
    const order = await createOrder({ location: f.floor, product: f.table, quantity: 11 })
    const short = await preview({ order: order.id, status: s.Completed }, planner)
    expect(short.status, JSON.stringify(short.body)).toBe(200)
    expect(short.body.allowed).toBe(false)
    const top = short.body.changes.find((c: any) => c.item.id === f.top)
    expect(top).toMatchObject({ onHandAfter: '-1', onHandBefore: '10', shortage: true })
    const messages = short.body.problems.map((p: any) => p.message).join('\n')
    expect(messages).toMatch(/manufacturingOrders\.finalize/)
    expect(messages).not.toMatch(/quantity produced/)

    expect((await preview({ order: 0, status: s.Completed })).status).toBe(400)
    const missing = await preview({ order: 99999999, status: s.Completed })
    expect(missing.status).toBe(404)
    expect(missing.body.errors[0].message).toMatch(/order: no manufacturing order/)
    const badCollection = await preview({ collection: 'lots', id: order.id, status: s.Completed })
    expect(badCollection.status).toBe(400)
    expect((await preview({ order: order.id, status: 99999999 })).status).toBe(400)
    expect(
      (
        await api.rest('POST', '/manufacturing/previewTransition', {
          body: { order: order.id, status: s.Completed },
        })
      ).status,
    ).toBe(401)
  })
})
