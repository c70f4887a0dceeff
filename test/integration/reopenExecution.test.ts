import { beforeAll, beforeEach, describe, expect, it } from 'vitest'

import type { PermissionKey } from '../../src/access/permissions'
import { onHandAt, statusesByName, toyFixtures } from '../support/productionFixtures'
import { type SeededApp, seededApp } from '../support/seededApp'

/**
 * A completed execution stays completed: no status change or edit takes it out of the final
 * status or changes it, for anyone, over any API. Undoing completed production is its own act,
 * reopenExecution, with its own permission and a reason, recorded on the execution.
 */
describe('completed executions and reopening them', () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string
  let s: Record<string, number>
  let f: Awaited<ReturnType<typeof toyFixtures>>
  /** Finalize but not reopen; reopen but not finalize. */
  let finisher: { id: number; token: string }
  let reopener: { id: number; token: string }

  const userWith = async (name: string, permissions: PermissionKey[]) => {
    const role = await payload.create({
      collection: 'roles',
      data: { name: `${name} ${Date.now()}`, permissions },
    })
    const email = `${name.toLowerCase()}-${Date.now()}@example.com`
    const user = await payload.create({
      collection: 'users',
      data: { email, name, password: 'secret', roles: [role.id] },
    })
    return { id: user.id as number, token: await api.login(email, 'secret') }
  }

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
    s = await statusesByName(payload)
    const working: PermissionKey[] = [
      'executions.view',
      'executions.update',
      'items.view',
      'locations.view',
      'boms.view',
    ]
    finisher = await userWith('Finisher', [...working, 'executions.finalize'])
    reopener = await userWith('Reopener', [...working, 'executions.reopen'])
  })
  beforeEach(async () => {
    f = await toyFixtures(payload)
  })

  const stock = async () => ({
    paint: await onHandAt(payload, f.paint, f.floor),
    plastic: await onHandAt(payload, f.plastic, f.floor),
    toy: await onHandAt(payload, f.toy, f.floor),
  })
  const patch = (id: number, body: Record<string, unknown>, token = finisher.token) =>
    api.rest('PATCH', `/executions/${id}`, { body, token })
  const reopen = (body: Record<string, unknown>, token = reopener.token) =>
    api.rest('POST', '/manufacturing/reopenExecution', { body, token })
  const reopenOverGraphql = (variables: Record<string, unknown>, token = reopener.token) =>
    api.graphql(
      'mutation ($id: Int!, $reason: String!) { reopenExecution(id: $id, reason: $reason) }',
      variables,
      token,
    )
  const stored = (id: number) => payload.findByID({ collection: 'executions', depth: 0, id })

  /** A toy execution of 3 made in Completed by the finalize user, its materials consumed. */
  const completed = async () => {
    const created = await api.rest('POST', '/executions', {
      body: {
        plannedQuantity: 3,
        product: f.toy,
        productionDate: '2026-11-23',
        productionFloor: f.floor,
      },
      token: admin,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const { code, id } = created.body.doc as { code: string; id: number }
    const started = await patch(id, { status: s.Packaging })
    expect(started.status, JSON.stringify(started.body)).toBe(200)
    const done = await patch(id, { producedQuantity: 3, status: s.Completed })
    expect(done.status, JSON.stringify(done.body)).toBe(200)
    expect(await stock()).toEqual({ paint: 47, plastic: 94, toy: 3 })
    return { code, id }
  }

  it('refuses moving a completed execution back by a status change, over REST, GraphQL and the Local API', async () => {
    const { code, id } = await completed()
    for (const [token, who] of [
      [finisher.token, 'finalize user'],
      [admin, 'administrator'],
    ] as const) {
      const rest = await patch(id, { status: s.Packaging }, token)
      expect(rest.status, who).toBe(409)
      expect(rest.body.errors[0].message).toBe(
        `${code} is Completed and cannot be moved back by a status change: completed production is undone only by reopenExecution, with a reason (needs the "executions.reopen" permission).`,
      )
      expect(rest.body.errors[0].data.code).toBe('conflict')
    }
    const graphql = await api.graphql(
      'mutation ($id: Int!, $status: Int!) { updateExecution(id: $id, data: { status: $status }) { id } }',
      { id, status: s.Plan },
      finisher.token,
    )
    expect(graphql.body.errors[0].message).toMatch(/cannot be moved back by a status change/)
    expect(graphql.body.errors[0].extensions.statusCode).toBe(409)
    const user = await payload.findByID({ collection: 'users', id: finisher.id })
    await expect(
      payload.update({
        collection: 'executions',
        data: { status: s.Assembly },
        id,
        overrideAccess: false,
        user: { ...user, collection: 'users' },
      }),
    ).rejects.toThrow(/cannot be moved back by a status change/)
    const bulk = await api.rest('POST', '/manufacturing/changeExecutionsStatus', {
      body: { ids: [id], status: s.Packaging },
      token: finisher.token,
    })
    expect(bulk.status).toBe(409)
    expect(bulk.body.errors[0].message).toMatch(`${code}: ${code} is Completed and cannot be moved`)
    // The preview says so beforehand.
    const preview = await api.rest('POST', '/manufacturing/previewTransition', {
      body: { id, status: s.Packaging },
      token: finisher.token,
    })
    expect(preview.body.allowed).toBe(false)
    expect(JSON.stringify(preview.body.problems)).toMatch(/undone only by reopenExecution/)
    expect((await stored(id)).status).toBe(s.Completed)
    expect(await stock()).toEqual({ paint: 47, plastic: 94, toy: 3 })
  })

  it('refuses editing a completed execution, over REST, GraphQL and the Local API', async () => {
    const { code, id } = await completed()
    const rest = await patch(id, { lotLabel: 'changed', plannedQuantity: 4 }, admin)
    expect(rest.status).toBe(409)
    expect(rest.body.errors[0].message).toBe(
      `${code} is Completed and locked: reopen it to change it (reopenExecution, with a reason; needs the "executions.reopen" permission).`,
    )
    const graphql = await api.graphql(
      'mutation ($id: Int!) { updateExecution(id: $id, data: { producedQuantity: 9 }) { id } }',
      { id },
      finisher.token,
    )
    expect(graphql.body.errors[0].message).toMatch(/is Completed and locked/)
    const user = await payload.findByID({ collection: 'users', id: finisher.id })
    await expect(
      payload.update({
        collection: 'executions',
        data: { note: 'changed' },
        id,
        overrideAccess: false,
        user: { ...user, collection: 'users' },
      }),
    ).rejects.toThrow(/is Completed and locked/)
    const after = await stored(id)
    expect([after.lotLabel ?? null, after.plannedQuantity, after.producedQuantity]).toEqual([
      null,
      3,
      3,
    ])
  })

  it('reopens only with the reopen permission and a reason', async () => {
    const { id } = await completed()
    const denied = await reopen({ id, reason: 'counted twice' }, finisher.token)
    expect(denied.status).toBe(403)
    expect(denied.body.errors[0].message).toMatch(/executions\.reopen/)
    const deniedGraphql = await reopenOverGraphql({ id, reason: 'x' }, finisher.token)
    expect(deniedGraphql.body.errors[0].extensions.statusCode).toBe(403)
    for (const reason of [undefined, '', '   ']) {
      const missing = await reopen({ id, reason })
      expect(missing.status, String(reason)).toBe(400)
      expect(missing.body.errors[0].message).toMatch(/^reason: say why it is reopened/)
      expect(missing.body.errors[0].data.errors[0].path).toBe('reason')
    }
    const blankGraphql = await reopenOverGraphql({ id, reason: ' ' })
    expect(blankGraphql.body.errors[0].message).toMatch(/^reason: say why it is reopened/)
    const unknown = await reopen({ id: 999999, reason: 'x' })
    expect(unknown.status).toBe(404)
    expect((await stored(id)).status).toBe(s.Completed)
    expect((await stored(id)).reopenings).toEqual([])
    expect(await stock()).toEqual({ paint: 47, plastic: 94, toy: 3 })
  })

  it('reopening reverses exactly what completing posted and records who, when and why', async () => {
    const before = new Date()
    const { code, id } = await completed()
    const reopened = await reopen({ id, reason: '  Counted twice at the line  ' })
    expect(reopened.status, JSON.stringify(reopened.body)).toBe(200)
    expect(reopened.body).toMatchObject({
      code,
      reopening: { reason: 'Counted twice at the line', reopenedBy: reopener.id },
      status: { id: s.Packaging, name: 'Packaging' },
    })
    // Completing added the toys; reopening takes exactly them back, the materials stay consumed.
    expect(await stock()).toEqual({ paint: 47, plastic: 94, toy: 0 })
    const { docs: movements } = await payload.find({
      collection: 'stock-movements',
      pagination: false,
      where: { item: { equals: f.toy } },
    })
    expect(movements.map((m) => [m.reason, Number(m.quantity)])).toEqual(
      expect.arrayContaining([
        ['produce', 3],
        ['reverse', 3],
      ]),
    )
    const execution = await stored(id)
    expect(execution.status).toBe(s.Packaging)
    expect(execution.reopenings).toHaveLength(1)
    const [record] = execution.reopenings!
    expect(record!.reason).toBe('Counted twice at the line')
    expect(record!.reopenedBy).toBe(reopener.id)
    expect(new Date(record!.reopenedAt).getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000)
    const verified = await api.rest('POST', '/manufacturing/verifyLedger', {
      body: {},
      token: admin,
    })
    expect(verified.body.differences).toEqual([])
    // The record is read-only: a write of it is ignored.
    expect((await patch(id, { reopenings: [] }, admin)).status).toBe(200)
    expect((await stored(id)).reopenings).toHaveLength(1)
    // Back between earlier statuses still reverses exactly; completing again records it again.
    expect((await patch(id, { status: s.Plan })).status).toBe(200)
    expect(await stock()).toEqual({ paint: 50, plastic: 100, toy: 0 })
    expect((await patch(id, { producedQuantity: 2, status: s.Completed })).status).toBe(200)
    expect(await stock()).toEqual({ paint: 47, plastic: 94, toy: 2 })
    const again = await reopenOverGraphql({ id, reason: 'Wrong quantity' })
    expect(again.body.errors, JSON.stringify(again.body)).toBeUndefined()
    expect(again.body.data.reopenExecution.status.name).toBe('Packaging')
    expect(await stock()).toEqual({ paint: 47, plastic: 94, toy: 0 })
    expect((await stored(id)).reopenings!.map((r) => r.reason)).toEqual([
      'Counted twice at the line',
      'Wrong quantity',
    ])
  })

  it('reopens only a completed execution', async () => {
    const { code, id } = await completed()
    expect((await reopen({ id, reason: 'first' })).status).toBe(200)
    const twice = await reopen({ id, reason: 'second' })
    expect(twice.status).toBe(409)
    expect(twice.body.errors[0].message).toBe(
      `${code} is not Completed: only a completed execution is reopened.`,
    )
    expect((await stored(id)).reopenings).toHaveLength(1)
  })
})
