import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { statusesByName } from '../support/productionFixtures'
import { type SecondProcess, startSecondProcess, until } from '../support/secondProcess'
import { type SeededApp, seededApp } from '../support/seededApp'
import { stockAt, storeFixtures, type StoreFixtures } from '../support/storeFixtures'

describe('the store refuses what it cannot do, writing nothing', () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string
  let s: Record<string, number>
  let second: SecondProcess | undefined

  afterAll(() => second?.stop())
  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
    s = await statusesByName(payload)
  })

  const act = (name: string, body: Record<string, unknown>, token = admin) =>
    api.rest('POST', `/manufacturing/${name}`, { body, token })
  const execution = async (f: StoreFixtures, product: number, plannedQuantity: number) => {
    const { body, status } = await api.rest('POST', '/executions', {
      body: { plannedQuantity, product, productionDate: '2026-12-11', productionFloor: f.floor },
      token: admin,
    })
    expect(status, JSON.stringify(body)).toBe(201)
    return body.doc.id as number
  }
  const request = async (f: StoreFixtures, executions: number[]) => {
    const { body, status } = await act('requestMaterials', { executions, source: f.store })
    expect(status, JSON.stringify(body)).toBe(200)
    return body.requisitions[0] as { id: number; lines: { id: string; item: number }[] }
  }
  const movementsOf = async (requisition: number) =>
    (
      await payload.count({
        collection: 'stock-movements',
        where: {
          sourceCollection: { equals: 'material-requisitions' },
          sourceId: { equals: String(requisition) },
        },
      })
    ).totalDocs
  const refused = async (
    name: string,
    body: Record<string, unknown>,
    status: number,
    field?: string,
  ) => {
    const response = await act(name, body)
    expect(response.status, JSON.stringify(response.body)).toBe(status)
    if (field)
      expect(response.body.errors[0].data.errors.map((e: { path: string }) => e.path)).toContain(
        field,
      )
    return response.body.errors[0].message as string
  }

  it('refuses over-picking, blocked and expired lots, and issuing more than picked', async () => {
    const f = await storeFixtures(payload)
    const car = await execution(f, f.car, 10)
    const requisition = await request(f, [car])
    const line = requisition.lines[0]!.id
    const [lot1, lot2] = f.plasticLots

    await refused(
      'pickRequisition',
      { lines: [{ line, quantity: 31 }], requisition: requisition.id },
      400,
      'lines[0].quantity',
    )
    await refused(
      'pickRequisition',
      { lines: [{ line: 'nope' }], requisition: requisition.id },
      400,
      'lines[0].line',
    )
    await payload.update({ collection: 'lots', data: { disposition: 'blocked' }, id: lot2! })
    expect(
      await refused(
        'pickRequisition',
        { lines: [{ line, lots: [{ lot: lot2, quantity: 5 }] }], requisition: requisition.id },
        400,
        'lines[0].lots[0].lot',
      ),
    ).toMatch(/blocked/)
    await payload.update({
      collection: 'lots',
      data: { disposition: 'available', expiresAt: '2020-01-01T00:00:00.000Z' },
      id: lot2!,
    })
    expect(
      await refused(
        'pickRequisition',
        { lines: [{ line, lots: [{ lot: lot2, quantity: 5 }] }], requisition: requisition.id },
        400,
        'lines[0].lots[0].lot',
      ),
    ).toMatch(/expired/)
    await refused(
      'pickRequisition',
      {
        lines: [{ line, lots: [{ lot: f.paintLots[0], quantity: 5 }] }],
        requisition: requisition.id,
      },
      400,
      'lines[0].lots[0].lot',
    )
    await refused('issueRequisition', { requisition: requisition.id }, 400, 'lines')
    expect(await movementsOf(requisition.id)).toBe(0)

    const picked = await act('pickRequisition', {
      lines: [{ line, lots: [{ lot: lot1, quantity: 20 }] }],
      requisition: requisition.id,
    })
    expect(picked.status, JSON.stringify(picked.body)).toBe(200)
    const before = await movementsOf(requisition.id)
    await refused(
      'issueRequisition',
      { lines: [{ line, quantity: 21 }], requisition: requisition.id },
      400,
      'lines[0].quantity',
    )
    await refused('returnToStore', { requisition: requisition.id }, 400, 'lines')
    await refused('pickRequisition', { requisition: 999999 }, 400, 'requisition')
    expect(await movementsOf(requisition.id)).toBe(before)
    expect(await stockAt(payload, f.plastic, f.store)).toMatchObject({ reserved: 20 })
  })

  it('refuses a requisition for completed production, a store that is not a warehouse, and nothing left to ask', async () => {
    const f = await storeFixtures(payload)
    const toy = await execution(f, f.toy, 1)
    const statuses = Object.values(s)
    const done = await api.rest('PATCH', `/executions/${toy}`, {
      body: { producedQuantity: 1, status: statuses[statuses.length - 1] },
      token: admin,
    })
    // Completing needs its materials on the floor: found there for this check.
    if (done.status !== 200) {
      await payload.create({
        collection: 'inventory-adjustments',
        data: {
          lines: [
            { item: f.plastic, quantityDelta: 2 },
            { item: f.paint, quantityDelta: 1 },
          ],
          location: f.floor,
          type: 'found',
        },
      })
      const again = await api.rest('PATCH', `/executions/${toy}`, {
        body: { producedQuantity: 1, status: statuses[statuses.length - 1] },
        token: admin,
      })
      expect(again.status, JSON.stringify(again.body)).toBe(200)
    }
    const count = async () =>
      (await payload.count({ collection: 'material-requisitions' })).totalDocs
    const before = await count()
    expect(await refused('requestMaterials', { executions: [toy], source: f.store }, 409)).toMatch(
      /completed execution/,
    )
    const car = await execution(f, f.car, 1)
    await refused('requestMaterials', { executions: [car], source: f.floor }, 400, 'source')
    await refused('requestMaterials', { executions: [car, 0], source: f.store }, 400, 'executions')
    await refused('requestMaterials', {}, 400, 'executions')
    await request(f, [car])
    expect(await refused('requestMaterials', { executions: [car], source: f.store }, 409)).toMatch(
      /requested already/,
    )
    expect(await count()).toBe(before + 1)
  })

  it('needs the store permissions', async () => {
    const f = await storeFixtures(payload)
    const car = await execution(f, f.car, 1)
    const role = await payload.create({
      collection: 'roles',
      data: { name: `Viewer ${f.tag}`, permissions: ['executions.view', 'requisitions.view'] },
    })
    await payload.create({
      collection: 'users',
      data: { email: `viewer-${f.tag}@example.com`, password: 'viewer', roles: [role.id] },
    })
    const viewer = await api.login(`viewer-${f.tag}@example.com`, 'viewer')
    expect(
      (await act('requestMaterials', { executions: [car], source: f.store }, viewer)).status,
    ).toBe(403)
    const requisition = await request(f, [car])
    for (const name of [
      'pickRequisition',
      'issueRequisition',
      'cancelRequisition',
      'returnToStore',
    ])
      expect((await act(name, { requisition: requisition.id }, viewer)).status, name).toBe(403)
    expect((await act('stageTrolley', { requisitions: [requisition.id] }, viewer)).status).toBe(403)
    expect((await act('pickRequisition', { requisition: requisition.id }, '')).status).toBe(401)
    const read = await api.rest('GET', `/material-requisitions/${requisition.id}`, {
      token: viewer,
    })
    expect(read.status).toBe(200)
    expect(read.body.requestKey).toBeUndefined()
    expect(
      (
        await api.rest('PATCH', `/material-requisitions/${requisition.id}`, {
          body: { state: 'issued' },
          token: admin,
        })
      ).status,
    ).toBe(403)
  })

  it('never lets two pickers take the same units, in either order', async () => {
    const f = await storeFixtures(payload, { paint: 0, plastic: [30] })
    const [lot] = f.plasticLots
    for (const round of [0, 1, 2]) {
      const a = await request(f, [await execution(f, f.car, 10)])
      const b = await request(f, [await execution(f, f.car, 10)])
      const pick = (r: typeof a) =>
        act('pickRequisition', {
          lines: [{ line: r.lines[0]!.id, lots: [{ lot, quantity: 30 }] }],
          requisition: r.id,
        })
      const answers = await Promise.all(round % 2 ? [pick(b), pick(a)] : [pick(a), pick(b)])
      expect(
        answers.map((r) => r.status).sort(),
        JSON.stringify(answers.map((r) => r.body)),
      ).toEqual([200, 409])
      expect(await stockAt(payload, f.plastic, f.store)).toMatchObject({
        available: 0,
        reserved: 30,
      })
      // The winner lets go again for the next round.
      const winner = answers[0]!.status === 200 ? (round % 2 ? b : a) : round % 2 ? a : b
      expect((await act('cancelRequisition', { requisition: winner.id })).status).toBe(200)
      const other = winner === a ? b : a
      expect((await act('cancelRequisition', { requisition: other.id })).status).toBe(200)
      expect(await stockAt(payload, f.plastic, f.store)).toMatchObject({ reserved: 0 })
    }
  })

  it('never lets pickers in two app processes take the same units', async () => {
    const f = await storeFixtures(payload, { paint: 0, plastic: [60] })
    const [lot] = f.plasticLots
    const requisitions: Awaited<ReturnType<typeof request>>[] = []
    for (let i = 0; i < 6; i++) requisitions.push(await request(f, [await execution(f, f.car, 5)]))
    const pick = (r: (typeof requisitions)[number]) => ({
      body: { lines: [{ line: r.lines[0]!.id, lots: [{ lot, quantity: 15 }] }], requisition: r.id },
      method: 'POST' as const,
      path: '/manufacturing/pickRequisition',
    })
    second = await startSecondProcess(admin)
    const at = Date.now() + 300
    const there = second.send(at, requisitions.slice(3).map(pick))
    await until(at)
    const here = await Promise.all(
      requisitions.slice(0, 3).map((r) => act('pickRequisition', pick(r).body)),
    )
    const answers = [...here, ...(await there).answers]
    // 60 in the lot covers four picks of 15: the other two are refused, nothing over-reserved.
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 409, 409])
    expect(await stockAt(payload, f.plastic, f.store)).toMatchObject({ available: 0, reserved: 60 })
  })
})
