import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { statusesByName, toyFixtures } from '../support/productionFixtures'
import { type SeededApp, seededApp } from '../support/seededApp'

/**
 * The last status is done, and what is in it is locked. Adding a status puts it before the final
 * one; making another status final (placing a new one last, dragging, deleting the final one into
 * another) while documents are done is refused with a 409 counting them, unless confirmed with
 * that count.
 */
describe('the final status changes only when confirmed', () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string
  let s: Record<string, number>
  let done: { execution: number; order: number }
  const extra: number[] = []

  /** A toy execution created done in `status`, one made. */
  const doneExecution = async (f: Awaited<ReturnType<typeof toyFixtures>>, status: number) => {
    const created = await api.rest('POST', '/executions', {
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
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    return created.body.doc as { id: number }
  }

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
    s = await statusesByName(payload)
    const f = await toyFixtures(payload)
    const execution = await doneExecution(f, s.Completed)
    const order = await api.rest('POST', '/manufacturing-orders', {
      body: { location: f.floor, product: f.toy, quantity: 1 },
      token: admin,
    })
    expect(order.status, JSON.stringify(order.body)).toBe(201)
    const completed = await api.rest('PATCH', `/manufacturing-orders/${order.body.doc.id}`, {
      body: { status: s.Completed },
      token: admin,
    })
    expect(completed.status, JSON.stringify(completed.body)).toBe(200)
    done = { execution: execution.id, order: order.body.doc.id }
  })
  afterAll(async () => {
    // The tests end with Completed final again; the statuses they added go for the files after.
    for (const id of extra.reverse())
      await payload.delete({
        collection: 'production-statuses',
        context: { replacementStatus: s.Packaging },
        id,
      })
  })

  const doneCount = async () =>
    (await payload.count({ collection: 'executions', where: { status: { equals: s.Completed } } }))
      .totalDocs +
    (
      await payload.count({
        collection: 'manufacturing-orders',
        where: { status: { equals: s.Completed } },
      })
    ).totalDocs
  const order = async () => Object.keys(await statusesByName(payload))
  const stillLocked = async () => {
    const edit = await api.rest('PATCH', `/executions/${done.execution}`, {
      body: { note: 'edited after completion' },
      token: admin,
    })
    expect(edit.status, JSON.stringify(edit.body)).toBe(409)
  }
  const reorder = (id: number, after: number, query = '') =>
    payload.findByID({ collection: 'production-statuses', id: after }).then((target) =>
      api.rest('POST', `/reorder${query}`, {
        body: {
          collectionSlug: 'production-statuses',
          docsToMove: [id],
          newKeyWillBe: 'greater',
          orderableFieldName: '_order',
          target: { id: after, key: target._order },
        },
        token: admin,
      }),
    )

  it('adds a new status before the final one: what is done stays locked', async () => {
    await stillLocked()
    const created = await api.rest('POST', '/production-statuses', {
      body: { color: 'teal', icon: 'flag', name: 'Inspection' },
      token: admin,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    extra.push(created.body.doc.id)
    expect(await order()).toEqual([
      'Plan',
      'Assembly',
      'Painting',
      'Packaging',
      'Inspection',
      'Completed',
    ])
    await stillLocked()
    const local = await payload.create({
      collection: 'production-statuses',
      data: { color: 'teal', icon: 'flag', name: 'Labelling' },
    })
    extra.push(local.id)
    expect((await order()).slice(-2)).toEqual(['Labelling', 'Completed'])
  })

  it('refuses a new status placed last, counting what it would unlock, unless confirmed', async () => {
    const count = await doneCount()
    expect(count).toBeGreaterThanOrEqual(2)
    const completed = await payload.findByID({ collection: 'production-statuses', id: s.Completed })
    const after = `${completed._order}V`
    const refused = await api.rest('POST', '/production-statuses', {
      body: { _order: after, color: 'teal', icon: 'flag', name: 'Archived' },
      token: admin,
    })
    expect(refused.status, JSON.stringify(refused.body)).toBe(409)
    expect(refused.body.errors[0].message).toContain(
      `Adding Archived last makes Archived the final status instead of Completed: ${count} documents done in Completed`,
    )
    expect(refused.body.errors[0].message).toContain(`confirmUnlock=${count}`)
    expect(refused.body.errors[0].data).toMatchObject({ confirmUnlock: count })
    await expect(
      payload.create({
        collection: 'production-statuses',
        data: { _order: after, color: 'teal', icon: 'flag', name: 'Archived' },
        overrideAccess: false,
        user: { ...(await adminUser()), collection: 'users' },
      }),
    ).rejects.toMatchObject({ status: 409 })
    const wrongCount = await api.rest('POST', `/production-statuses?confirmUnlock=${count - 1}`, {
      body: { _order: after, color: 'teal', icon: 'flag', name: 'Archived' },
      token: admin,
    })
    expect(wrongCount.status).toBe(409)
    expect((await order()).at(-1)).toBe('Completed')
    await stillLocked()
  })

  it('refuses dragging another status last, or the final one up, unless confirmed', async () => {
    const count = await doneCount()
    const down = await reorder(s.Packaging, s.Completed)
    expect(down.status, JSON.stringify(down.body)).toBe(409)
    expect(JSON.stringify(down.body)).toContain(
      `Moving Packaging there makes Packaging the final status instead of Completed: ${count} documents`,
    )
    expect(down.body.errors[0].data).toMatchObject({ confirmUnlock: count })
    const up = await reorder(s.Completed, s.Plan)
    expect(up.status).toBe(409)
    expect((await order()).at(-1)).toBe('Completed')
    await stillLocked()
    // Through the Local API too, with access enforced or not: only the count confirms it.
    await expect(
      payload.update({
        collection: 'production-statuses',
        data: { _order: 'Zz' },
        id: s.Completed,
      }),
    ).rejects.toMatchObject({ status: 409 })
    // A drag that leaves the final status final needs no confirmation.
    expect((await reorder(s.Packaging, s.Plan)).status).toBe(200)
    expect((await reorder(s.Packaging, s.Painting)).status).toBe(200)
  })

  it('makes another status final when the count is confirmed, and back', async () => {
    const count = await doneCount()
    const confirmed = await reorder(s.Completed, s.Plan, `?confirmUnlock=${count}`)
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200)
    expect((await order())[1]).toBe('Completed')
    const unlocked = await api.rest('PATCH', `/executions/${done.execution}`, {
      body: { note: 'edited after unlocking' },
      token: admin,
    })
    expect(unlocked.status, JSON.stringify(unlocked.body)).toBe(200)
    // Nothing is done in the new final status, so moving Completed back needs no confirmation.
    const last = (await order()).at(-1)!
    expect((await reorder(s.Completed, s[last] ?? extra.at(-1)!)).status).toBe(200)
    expect((await order()).at(-1)).toBe('Completed')
    await stillLocked()
  })

  it('refuses deleting the final status into another than the one before it, unless confirmed', async () => {
    const count = await doneCount()
    const refused = await api.rest(
      'DELETE',
      `/production-statuses/${s.Completed}?replacement=${s.Plan}`,
      { token: admin },
    )
    expect(refused.status, JSON.stringify(refused.body)).toBe(409)
    expect(refused.body.errors[0].message).toContain(
      `Deleting Completed into Plan makes Labelling the final status instead of Completed: ${count} documents`,
    )
    const viaAction = await api.rest('POST', '/manufacturing/deleteProductionStatus', {
      body: { confirmUnlock: count - 1, id: s.Completed, replacement: s.Plan },
      token: admin,
    })
    expect(viaAction.status).toBe(409)
    expect(await order()).toContain('Completed')
    await stillLocked()
  })

  it('deleting the final status into the one before it moves what is done there, executions too', async () => {
    const count = await doneCount()
    const completed = await payload.findByID({ collection: 'production-statuses', id: s.Completed })
    const shipped = await api.rest('POST', `/production-statuses?confirmUnlock=${count}`, {
      body: { _order: `${completed._order}V`, color: 'teal', icon: 'flag', name: 'Shipped' },
      token: admin,
    })
    expect(shipped.status, JSON.stringify(shipped.body)).toBe(201)
    const execution = await doneExecution(await toyFixtures(payload), shipped.body.doc.id)
    const deleted = await api.rest(
      'DELETE',
      `/production-statuses/${shipped.body.doc.id}?replacement=${s.Completed}`,
      { token: admin },
    )
    expect(deleted.status, JSON.stringify(deleted.body)).toBe(200)
    expect((await order()).at(-1)).toBe('Completed')
    const moved = await payload.findByID({
      collection: 'executions',
      depth: 0,
      id: execution.id,
    })
    expect(moved.status).toBe(s.Completed)
  })

  const adminUser = async () =>
    (await payload.find({ collection: 'users', where: { email: { equals: 'admin@example.com' } } }))
      .docs[0]!
})
