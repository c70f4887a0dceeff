import type { PayloadRequest } from 'payload'

import { createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { executionStation } from '../../src/shopFloor/executionStation'
import { floorList, productionFloors } from '../../src/shopFloor/floorList'
import { floorPreferenceKey, preferredFloor } from '../../src/shopFloor/floorPreference'
import { today } from '../../src/workflow/productionDay'
import { statusesByName, toyFixtures } from '../support/productionFixtures'
import { type SeededApp, seededApp } from '../support/seededApp'

describe("the shop floor's list", () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string
  let s: Record<string, number>

  const userReq = async (email: string): Promise<PayloadRequest> => {
    const { docs } = await payload.find({
      collection: 'users',
      limit: 1,
      where: { email: { equals: email } },
    })
    return createLocalReq({ user: { ...docs[0]!, collection: 'users' } as never }, payload)
  }
  const execution = async (data: Record<string, unknown>) => {
    const { body, status } = await api.rest('POST', '/executions', { body: data, token: admin })
    expect(status, JSON.stringify(body)).toBe(201)
    return body.doc as { code: string; id: number }
  }

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
    s = await statusesByName(payload)
  })

  it("lists the day's executions at the floor in order, and the floor's open orders", async () => {
    const f = await toyFixtures(payload)
    const other = await toyFixtures(payload)
    const day = today()
    const base = { product: f.toy, productionFloor: f.floor, productionDate: day }
    const first = await execution({ ...base, plannedQuantity: 4 })
    const second = await execution({ ...base, plannedQuantity: 2, status: s.Planned })
    await execution({ ...base, plannedQuantity: 9, productionDate: '2020-01-01' })
    await execution({ ...base, plannedQuantity: 7, productionFloor: other.floor })
    const order = await api.rest('POST', '/manufacturing-orders', {
      body: { location: f.floor, product: f.toy, quantity: 3 },
      token: admin,
    })
    expect(order.status, JSON.stringify(order.body)).toBe(201)

    const list = await floorList(await userReq('operator@example.com'), f.floor, day)
    expect(list.executions.map((row) => [row.code, row.quantity])).toEqual([
      [first.code, '4 pcs'],
      [second.code, '2 pcs'],
    ])
    const [row] = list.executions
    expect(row!.product).toBe(`TOY-${f.tag} TOY ${f.tag}`)
    expect(row!.status?.name).toBeTruthy()
    expect(row!.supply).toEqual({ label: 'Not requested', supplied: false })
    expect(list.orders.map((o) => [o.code, o.quantity, o.supply?.label])).toEqual([
      [order.body.doc.orderNumber, '3 pcs', 'Not picked'],
    ])
  })

  it("lists the floor's production runs under way", async () => {
    const f = await toyFixtures(payload)
    const process = await api.rest('POST', '/processes', {
      body: { name: `Moulding ${f.tag}`, stages: [{ name: 'Moulding' }, { name: 'Trimming' }] },
      token: admin,
    })
    expect(process.status, JSON.stringify(process.body)).toBe(201)
    const run = await api.rest('POST', '/production-runs', {
      body: { location: f.floor, process: process.body.doc.id, product: f.toy },
      token: admin,
    })
    expect(run.status, JSON.stringify(run.body)).toBe(201)
    const { runs } = await floorList(await userReq('operator@example.com'), f.floor, today())
    expect(runs.map((row) => [row.code, row.kind, row.product, row.supply])).toEqual([
      [run.body.doc.code, 'production-runs', `TOY-${f.tag} TOY ${f.tag}`, null],
    ])
  })

  it('shows nothing to a user with no role, and every floor to one who may see locations', async () => {
    const f = await toyFixtures(payload)
    const nobody = await payload.create({
      collection: 'users',
      data: { email: `nobody-${f.tag}@example.com`, password: 'nobody-pass' },
    })
    const req = await createLocalReq({ user: { ...nobody, collection: 'users' } as never }, payload)
    expect(await floorList(req, f.floor, today())).toEqual({ executions: [], orders: [], runs: [] })
    expect(await productionFloors(req)).toEqual([])
    const floors = await productionFloors(await userReq('operator@example.com'))
    expect(floors.map((floor) => floor.name)).toContain(`Toy floor ${f.tag}`)
  })

  it("loads an execution's station: what to make, from what, the next step and who may take it", async () => {
    const f = await toyFixtures(payload)
    const made = await execution({
      plannedQuantity: 3,
      product: f.toy,
      productionDate: today(),
      productionFloor: f.floor,
    })
    const names = Object.keys(s)
    const operator = await executionStation(await userReq('operator@example.com'), made.id)
    expect(operator).toMatchObject({
      code: made.code,
      current: { name: names[0] },
      may: { finalize: true, move: true },
      next: { id: s[names[1]!], name: names[1] },
      nextIsLast: names.length === 2,
      plannedQuantity: '3',
      producedQuantity: null,
      product: `TOY-${f.tag} TOY ${f.tag}`,
      unit: 'pcs',
    })
    expect(operator!.lines).toEqual([
      { item: `PLASTIC-${f.tag} PLASTIC ${f.tag}`, quantity: '6 pcs', supply: 'Not requested' },
      { item: `PAINT-${f.tag} PAINT ${f.tag}`, quantity: '3 pcs', supply: 'Not requested' },
    ])
    const viewer = await executionStation(await userReq('viewer@example.com'), made.id)
    expect(viewer!.may).toEqual({ finalize: false, move: false })
    expect(await executionStation(await userReq('operator@example.com'), 99999999)).toBeNull()
    const planner = await executionStation(await userReq('planner@example.com'), made.id)
    expect(planner!.may).toEqual({ finalize: false, move: true })
  })

  it("keeps each user's floor in their preferences, through the REST preferences API", async () => {
    const f = await toyFixtures(payload)
    const operator = await api.login('operator@example.com', 'operator')
    const saved = await api.rest('POST', `/payload-preferences/${floorPreferenceKey}`, {
      body: { value: { floor: f.floor } },
      token: operator,
    })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    expect(await preferredFloor(await userReq('operator@example.com'))).toBe(f.floor)
    expect(await preferredFloor(await userReq('viewer@example.com'))).toBeNull()
  })
})
