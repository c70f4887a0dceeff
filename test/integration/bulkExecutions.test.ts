import { beforeAll, describe, expect, it } from 'vitest'

import { onHandAt, statusesByName, toyFixtures } from '../support/productionFixtures'
import { type SeededApp, seededApp } from '../support/seededApp'

describe('bulk actions on selected executions', () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string
  let s: Record<string, number>

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
    s = await statusesByName(payload)
  })

  const createIn = async (f: Awaited<ReturnType<typeof toyFixtures>>, status: number) => {
    const { body, status: code } = await api.rest('POST', '/executions', {
      body: {
        plannedQuantity: 1,
        producedQuantity: 1,
        product: f.toy,
        productionDate: '2026-11-23',
        productionFloor: f.floor,
        status,
      },
      token: admin,
    })
    expect(code, JSON.stringify(body)).toBe(201)
    return body.doc as { code: string; id: number }
  }

  it('deletes those in the first status, reversing their postings, and lists the others as refused', async () => {
    const f = await toyFixtures(payload)
    const planned = await createIn(f, s.Plan)
    const started = await createIn(f, s.Assembly)
    expect(await onHandAt(payload, f.plastic, f.floor)).toBe(98)
    const { body, status } = await api.rest('POST', '/manufacturing/deleteExecutions', {
      body: { ids: [planned.id, started.id] },
      token: admin,
    })
    expect(status).toBe(200)
    expect(body).toEqual({
      deleted: [planned.code],
      refused: [
        { code: started.code, reason: 'is Assembly: only production in Plan can be deleted' },
      ],
    })
    expect(
      await payload.count({ collection: 'executions', where: { id: { equals: planned.id } } }),
    ).toEqual({ totalDocs: 0 })
    expect(await onHandAt(payload, f.plastic, f.floor)).toBe(98)
    const graphql = await api.graphql(
      `mutation ($ids: JSON!) { deleteExecutions(ids: $ids) }`,
      { ids: [started.id] },
      admin,
    )
    expect(graphql.body.data.deleteExecutions.refused).toHaveLength(1)
  })

  it('moves dates except for completed ones, with the move-date permission', async () => {
    const f = await toyFixtures(payload)
    const open = await createIn(f, s.Painting)
    const done = await createIn(f, s.Completed)
    const planner = await api.login('planner@example.com', 'planner')
    const { body, status } = await api.rest('POST', '/manufacturing/moveExecutionsDate', {
      body: { date: '2026-12-01', ids: [open.id, done.id] },
      token: planner,
    })
    expect(status, JSON.stringify(body)).toBe(200)
    expect(body).toEqual({
      moved: [open.code],
      refused: [{ code: done.code, reason: 'is Completed and locked' }],
    })
    const moved = await payload.findByID({ collection: 'executions', id: open.id })
    expect(moved.productionDate?.slice(0, 10)).toBe('2026-12-01')
    const operator = await api.login('operator@example.com', 'operator')
    const forbidden = await api.rest('POST', '/manufacturing/moveExecutionsDate', {
      body: { date: '2026-12-02', ids: [open.id] },
      token: operator,
    })
    expect(forbidden.status).toBe(403)
    const badDate = await api.rest('POST', '/manufacturing/moveExecutionsDate', {
      body: { date: '2026-02-30', ids: [open.id] },
      token: planner,
    })
    expect(badDate.status).toBe(400)
    expect(badDate.body.errors[0].data.errors[0].path).toBe('date')
    const unknown = await api.rest('POST', '/manufacturing/moveExecutionsDate', {
      body: { date: '2026-12-02', ids: [open.id, 99999999] },
      token: planner,
    })
    expect(unknown.status).toBe(400)
    expect(unknown.body.errors[0].data.errors[0].message).toMatch(/99999999/)
    const still = await payload.findByID({ collection: 'executions', id: open.id })
    expect(still.productionDate?.slice(0, 10)).toBe('2026-12-01')
  })

  it('previews moving several executions together, then moves them all or none', async () => {
    const f = await toyFixtures(payload, { paint: 50, plastic: 30 })
    const a = await createIn(f, s.Plan)
    const b = await createIn(f, s.Plan)
    await api.rest('PATCH', `/executions/${b.id}`, { body: { plannedQuantity: 10 }, token: admin })
    // 1 + 10 toys need 22 plastic of the 30 and 11 paint.
    const preview = await api.rest('POST', '/manufacturing/previewExecutionsTransition', {
      body: { ids: [a.id, b.id], status: s.Painting },
      token: admin,
    })
    expect(preview.status, JSON.stringify(preview.body)).toBe(200)
    expect(preview.body.allowed).toBe(true)
    const change = (item: number) => preview.body.changes.find((c: any) => c.item.id === item)
    expect(change(f.plastic)).toMatchObject({
      onHandAfter: '8',
      onHandBefore: '30',
      quantity: '-22',
    })
    expect(change(f.paint)).toMatchObject({ quantity: '-11' })
    const moved = await api.rest('POST', '/manufacturing/changeExecutionsStatus', {
      body: { ids: [a.id, b.id], status: s.Painting },
      token: admin,
    })
    expect(moved.status, JSON.stringify(moved.body)).toBe(200)
    expect(moved.body.moved).toEqual([a.code, b.code])
    expect(await onHandAt(payload, f.plastic, f.floor)).toBe(8)

    // Together they no longer fit: the combined preview shows it, and the move writes nothing.
    const c = await createIn(f, s.Plan)
    const d = await createIn(f, s.Plan)
    for (const id of [c.id, d.id])
      await api.rest('PATCH', `/executions/${id}`, { body: { plannedQuantity: 3 }, token: admin })
    const tight = await api.graphql(
      `query ($ids: JSON!, $status: Int!) { previewExecutionsTransition(ids: $ids, status: $status) }`,
      { ids: [c.id, d.id], status: s.Assembly },
      admin,
    )
    const combined = tight.body.data.previewExecutionsTransition
    expect(combined.allowed).toBe(false)
    expect(combined.changes.find((x: any) => x.item.id === f.plastic)).toMatchObject({
      onHandAfter: '-4',
      shortage: true,
    })
    const refused = await api.rest('POST', '/manufacturing/changeExecutionsStatus', {
      body: { ids: [c.id, d.id], status: s.Assembly },
      token: admin,
    })
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].message).toContain(d.code)
    expect(await onHandAt(payload, f.plastic, f.floor)).toBe(8)
    const after = await payload.findByID({ collection: 'executions', depth: 0, id: c.id })
    expect(after.status).toBe(s.Plan)
  })
})
