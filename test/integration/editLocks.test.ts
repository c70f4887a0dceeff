import { beforeAll, describe, expect, it } from 'vitest'

import { statusesByName, toyFixtures } from '../support/productionFixtures'
import { type SeededApp, seededApp } from '../support/seededApp'

// Payload's edit locks, which the plugin checks inside the operation's transaction
// (checkEditLockInTransaction): a document one user holds open in the admin is refused to the
// others over REST unless they override the lock, and stays the holder's to save.
describe('edit locks on executions', () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string
  let planner: string
  let adminId: number
  let plannerId: number
  let s: Record<string, number>
  let f: Awaited<ReturnType<typeof toyFixtures>>

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
    planner = await api.login('planner@example.com', 'planner')
    s = await statusesByName(payload)
    const userId = async (email: string) =>
      (await payload.find({ collection: 'users', where: { email: { equals: email } } })).docs[0]!.id
    adminId = await userId('admin@example.com')
    plannerId = await userId('planner@example.com')
    f = await toyFixtures(payload)
  })

  const createExecution = async () => {
    const { body, status } = await api.rest('POST', '/executions', {
      body: {
        lotLabel: `LOT-${f.tag}`,
        plannedQuantity: 2,
        product: f.toy,
        productionDate: '2026-11-23',
        productionFloor: f.floor,
      },
      token: admin,
    })
    expect(status, JSON.stringify(body)).toBe(201)
    return body.doc.id as number
  }
  /** The row the admin writes when a user opens the document. */
  const lock = (id: number, user: number) =>
    payload.create({
      collection: 'payload-locked-documents',
      data: {
        document: { relationTo: 'executions', value: id },
        globalSlug: null,
        user: { relationTo: 'users', value: user },
      },
    })
  const locksOf = async (id: number) =>
    (
      await payload.find({
        collection: 'payload-locked-documents',
        depth: 0,
        where: {
          and: [
            { 'document.relationTo': { equals: 'executions' } },
            { 'document.value': { equals: id } },
          ],
        },
      })
    ).docs
  const movementsOf = async (id: number) =>
    (
      await payload.find({
        collection: 'stock-movements',
        where: { sourceCollection: { equals: 'executions' }, sourceId: { equals: String(id) } },
      })
    ).totalDocs
  const read = (id: number) => payload.findByID({ collection: 'executions', depth: 0, id })

  it('refuses another user’s PATCH and DELETE with 423 and changes nothing', async () => {
    const id = await createExecution()
    await lock(id, adminId)
    const before = await read(id)
    const movementsBefore = await movementsOf(id)

    const edit = await api.rest('PATCH', `/executions/${id}`, {
      body: { lotLabel: 'taken over', status: s.Assembly },
      token: planner,
    })
    expect(edit.status, JSON.stringify(edit.body)).toBe(423)
    expect(edit.body.errors[0].message).toBe(
      `Document with ID ${id} is currently locked by another user and cannot be modified.`,
    )
    const removed = await api.rest('DELETE', `/executions/${id}`, { token: planner })
    expect(removed.status, JSON.stringify(removed.body)).toBe(423)

    const after = await read(id)
    expect(after.lotLabel).toBe(before.lotLabel)
    expect(after.status).toBe(s.Plan)
    expect(after.updatedAt).toBe(before.updatedAt)
    // Nothing was posted for the refused move, and the holder keeps the lock.
    expect(await movementsOf(id)).toBe(movementsBefore)
    expect((await locksOf(id)).map((row) => (row.user as { value: unknown }).value)).toEqual([
      adminId,
    ])
  })

  it('lets the holder save, which releases the lock', async () => {
    const id = await createExecution()
    await lock(id, adminId)
    const own = await api.rest('PATCH', `/executions/${id}`, {
      body: { lotLabel: 'the holder’s edit' },
      token: admin,
    })
    expect(own.status, JSON.stringify(own.body)).toBe(200)
    expect((await read(id)).lotLabel).toBe('the holder’s edit')
    expect(await locksOf(id)).toEqual([])
    // With the lock gone the other user may save again.
    const next = await api.rest('PATCH', `/executions/${id}`, {
      body: { lotLabel: 'the next edit' },
      token: planner,
    })
    expect(next.status, JSON.stringify(next.body)).toBe(200)
  })

  it('lets another user take over with overrideLock', async () => {
    const id = await createExecution()
    await lock(id, plannerId)
    const taken = await api.rest('PATCH', `/executions/${id}?overrideLock=true`, {
      body: { lotLabel: 'overridden' },
      token: admin,
    })
    expect(taken.status, JSON.stringify(taken.body)).toBe(200)
    expect((await read(id)).lotLabel).toBe('overridden')
  })
})
