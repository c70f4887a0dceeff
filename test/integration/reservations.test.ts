import { beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { statusesByName, toyFixtures } from '../support/productionFixtures'
import { type SeededApp, seededApp } from '../support/seededApp'

describe('production reserves its materials until the rules consume them', () => {
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

  /** On hand / reserved / available of an item on the toy floor. */
  const stockOf = async (item: number) => {
    const { docs } = await payload.find({
      collection: 'stock-balances',
      pagination: false,
      where: { item: { equals: item }, location: { equals: f.floor } },
    })
    const total = (field: 'available' | 'onHand' | 'reserved') =>
      docs.reduce((sum, doc) => sum + Number(doc[field]), 0)
    return { available: total('available'), onHand: total('onHand'), reserved: total('reserved') }
  }
  const create = async (plannedQuantity: number) => {
    const { body, status } = await api.rest('POST', '/executions', {
      body: {
        plannedQuantity,
        product: f.toy,
        productionDate: '2026-11-23',
        productionFloor: f.floor,
      },
      token: admin,
    })
    expect(status, JSON.stringify(body)).toBe(201)
    return body.doc.id as number
  }
  const patch = (id: number, data: Record<string, unknown>) =>
    api.rest('PATCH', `/executions/${id}`, { body: data, token: admin })

  it('drops available at creation and on hand when deducted, following quantity changes and moves back', async () => {
    const id = await create(5)
    expect(await stockOf(f.plastic)).toEqual({ available: 90, onHand: 100, reserved: 10 })
    expect(await stockOf(f.paint)).toEqual({ available: 45, onHand: 50, reserved: 5 })

    expect((await patch(id, { plannedQuantity: 8 })).status).toBe(200)
    expect(await stockOf(f.plastic)).toEqual({ available: 84, onHand: 100, reserved: 16 })

    // Assembly deducts the Plastics: the reservation becomes consumption.
    expect((await patch(id, { status: s.Assembly })).status).toBe(200)
    expect(await stockOf(f.plastic)).toEqual({ available: 84, onHand: 84, reserved: 0 })
    expect(await stockOf(f.paint)).toEqual({ available: 42, onHand: 50, reserved: 8 })

    const preview = await api.rest('POST', '/manufacturing/previewTransition', {
      body: { id, status: s.Painting },
      token: admin,
    })
    expect(preview.status, JSON.stringify(preview.body)).toBe(200)
    expect(preview.body.allowed).toBe(true)
    expect(preview.body.changes.find((c: any) => c.item.id === f.paint)).toMatchObject({
      availableAfter: '42',
      availableBefore: '42',
      onHandAfter: '42',
      quantity: '-8',
    })

    // Back to Plan: the plastic returns and is reserved again.
    expect((await patch(id, { status: s.Plan })).status).toBe(200)
    expect(await stockOf(f.plastic)).toEqual({ available: 84, onHand: 100, reserved: 16 })

    expect((await api.rest('DELETE', `/executions/${id}`, { token: admin })).status).toBe(200)
    expect(await stockOf(f.plastic)).toEqual({ available: 100, onHand: 100, reserved: 0 })
    expect(await stockOf(f.paint)).toEqual({ available: 50, onHand: 50, reserved: 0 })
  })

  it('reserves what is there when stock is short, and protects it from other production', async () => {
    const first = await create(45)
    expect(await stockOf(f.plastic)).toEqual({ available: 10, onHand: 100, reserved: 90 })
    const second = await create(10)
    // 20 plastic needed, 10 left: those are reserved, the shortage stays unreserved.
    expect(await stockOf(f.plastic)).toEqual({ available: 0, onHand: 100, reserved: 100 })

    const preview = await api.rest('POST', '/manufacturing/previewTransition', {
      body: { id: second, status: s.Assembly },
      token: admin,
    })
    expect(preview.body.allowed).toBe(false)
    expect(preview.body.problems.map((p: any) => p.message).join()).toMatch(
      /10 .* available .*, 20 required/,
    )
    const refused = await patch(second, { status: s.Assembly })
    expect(refused.status).toBe(409)
    expect(await stockOf(f.plastic)).toEqual({ available: 0, onHand: 100, reserved: 100 })

    // The first one's reserved stock is its own to consume.
    expect((await patch(first, { status: s.Assembly })).status).toBe(200)
    expect(await stockOf(f.plastic)).toEqual({ available: 0, onHand: 10, reserved: 10 })

    // Once the first moves back, a later save of the second reserves the rest it needs.
    expect((await patch(first, { status: s.Plan })).status).toBe(200)
    expect((await patch(second, { lotLabel: 'again' })).status).toBe(200)
    expect(await stockOf(f.plastic)).toEqual({ available: 0, onHand: 100, reserved: 100 })
  })
})
