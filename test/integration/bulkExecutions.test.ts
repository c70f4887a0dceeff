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
})
