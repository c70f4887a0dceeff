import { beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { onHandAt, statusesByName, toyFixtures } from '../support/productionFixtures'
import { type SeededApp, seededApp } from '../support/seededApp'

describe('the execution lifecycle under the demo workflow', () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string
  let planner: string
  let s: Record<string, number>
  let f: Awaited<ReturnType<typeof toyFixtures>>

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
    planner = await api.login('planner@example.com', 'planner')
    s = await statusesByName(payload)
  })
  beforeEach(async () => {
    f = await toyFixtures(payload)
  })

  const stock = async () => ({
    paint: await onHandAt(payload, f.paint, f.floor),
    plastic: await onHandAt(payload, f.plastic, f.floor),
    toy: await onHandAt(payload, f.toy, f.floor),
  })
  const create = async (plannedQuantity = 5, extra: Record<string, unknown> = {}) => {
    const { body, status } = await api.rest('POST', '/executions', {
      body: {
        lotLabel: `LOT-${f.tag}`,
        plannedQuantity,
        product: f.toy,
        productionDate: '2026-11-23',
        productionFloor: f.floor,
        ...extra,
      },
      token: admin,
    })
    expect(status, JSON.stringify(body)).toBe(201)
    return body.doc
  }
  const move = (id: number, status: number, extra: Record<string, unknown> = {}, token = admin) =>
    api.rest('PATCH', `/executions/${id}`, { body: { status, ...extra }, token })
  const reopen = (id: number) =>
    api.rest('POST', '/manufacturing/reopenExecution', {
      body: { id, reason: 'produced quantity was wrong' },
      token: admin,
    })

  it('is created in the default status with a code and requirements scaled from the recipe', async () => {
    const execution = await create(5)
    expect(execution.code).toBe(`EX-${String(execution.id).padStart(6, '0')}`)
    expect(execution.status.id ?? execution.status).toBe(s.Plan)
    expect(execution.bom.id ?? execution.bom).toBe(f.bom)
    expect(
      execution.requirements.map((r: any) => [r.item.id ?? r.item, r.requiredQuantity, r.kind]),
    ).toEqual([
      [f.plastic, 10, 'supplied'],
      [f.paint, 5, 'supplied'],
    ])
    expect(execution.productDescription).toMatch(/^TOY/)
    expect(await stock()).toEqual({ paint: 50, plastic: 100, toy: 0 })
  })

  it('follows the Plastics example: Assembly deducts only Plastics, Painting the rest, Completed adds the produced quantity', async () => {
    const { id } = await create(5)
    expect((await move(id, s.Assembly)).status).toBe(200)
    expect(await stock()).toEqual({ paint: 50, plastic: 90, toy: 0 })
    expect((await move(id, s.Painting)).status).toBe(200)
    expect(await stock()).toEqual({ paint: 45, plastic: 90, toy: 0 })
    expect((await move(id, s.Packaging)).status).toBe(200)
    expect(await stock()).toEqual({ paint: 45, plastic: 90, toy: 0 })
    const missing = await move(id, s.Completed)
    expect(missing.status).toBe(400)
    expect(JSON.stringify(missing.body)).toMatch(/producedQuantity.*quantity produced/)
    const done = await move(id, s.Completed, { producedQuantity: 4 })
    expect(done.status, JSON.stringify(done.body)).toBe(200)
    expect(await stock()).toEqual({ paint: 45, plastic: 90, toy: 4 })
    // 10 plastic at 2 + 5 paint at 5 = 45, over 4 toys.
    expect(done.body.doc.costs).toEqual({ materialCost: 45, unitCost: 11.25 })
    const { docs: lots } = await payload.find({
      collection: 'lots',
      where: { item: { equals: f.toy } },
    })
    expect(lots.map((lot) => lot.unitCost)).toEqual([11.25])
    const operator = await api.login('operator@example.com', 'operator')
    const seen = await api.rest('GET', `/executions/${id}`, { token: operator })
    expect(seen.status, JSON.stringify(seen.body)).toBe(200)
    expect(seen.body.costs).toBeUndefined()
  })

  it('skipping forward posts everything due on the way; moving back reverses exactly', async () => {
    const { id } = await create(5)
    expect((await move(id, s.Completed, { producedQuantity: 5 })).status).toBe(200)
    expect(await stock()).toEqual({ paint: 45, plastic: 90, toy: 5 })
    // Out of Completed only by reopening, which takes back what Completed added.
    expect((await reopen(id)).status).toBe(200)
    expect(await stock()).toEqual({ paint: 45, plastic: 90, toy: 0 })
    expect((await move(id, s.Assembly)).status).toBe(200)
    expect(await stock()).toEqual({ paint: 50, plastic: 90, toy: 0 })
    expect((await move(id, s.Plan)).status).toBe(200)
    expect(await stock()).toEqual({ paint: 50, plastic: 100, toy: 0 })
    const { docs } = await payload.find({
      collection: 'stock-movements',
      pagination: false,
      where: { sourceCollection: { equals: 'executions' }, sourceId: { equals: String(id) } },
    })
    const moved = docs.filter((m) => m.reason !== 'reserve' && m.reason !== 'release')
    const reversed = moved.filter((m) => m.reason !== 'reverse')
    expect(moved.filter((m) => m.reason === 'reverse')).toHaveLength(reversed.length)
  })

  it('locks a completed execution: entering Completed needs finalize, leaving it reopening', async () => {
    const { code, id } = await create(2)
    const refused = await move(id, s.Completed, { producedQuantity: 2 }, planner)
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toMatch(/executions\.finalize/)
    expect((await move(id, s.Completed, { producedQuantity: 2 })).status).toBe(200)
    const edit = await api.rest('PATCH', `/executions/${id}`, {
      body: { lotLabel: 'changed' },
      token: admin,
    })
    expect(edit.status).toBe(409)
    expect(edit.body.errors[0].message).toContain(`${code} is Completed and locked`)
    const removed = await api.rest('DELETE', `/executions/${id}`, { token: admin })
    expect(removed.status).toBe(409)
    expect((await move(id, s.Packaging, {}, planner)).status).toBe(409)
    expect((await move(id, s.Packaging)).status).toBe(409)
    expect((await reopen(id)).status).toBe(200)
    expect(await stock()).toEqual({ paint: 48, plastic: 96, toy: 0 })
  })

  it('refuses a transition without stock and writes nothing', async () => {
    const { id } = await create(80)
    const before = await payload.count({ collection: 'stock-movements' })
    const refused = await move(id, s.Painting)
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].message).toMatch(/PLASTIC.*100.*160|available/)
    expect(await payload.count({ collection: 'stock-movements' })).toEqual(before)
    const after = await payload.findByID({ collection: 'executions', depth: 0, id })
    expect(after.status).toBe(s.Plan)
    expect(await stock()).toEqual({ paint: 50, plastic: 100, toy: 0 })
  })

  it('previews exactly what the transition then posts, over REST and GraphQL', async () => {
    const { id } = await create(5)
    const preview = await api.rest('POST', '/manufacturing/previewTransition', {
      body: { id, status: s.Painting },
      token: admin,
    })
    expect(preview.status).toBe(200)
    expect(preview.body.allowed).toBe(true)
    const changes = preview.body.changes.map((c: any) => [
      c.item.id,
      c.quantity,
      c.onHandBefore,
      c.onHandAfter,
      c.shortage,
    ])
    expect(changes.sort()).toEqual(
      [
        [f.paint, '-5', '50', '45', false],
        [f.plastic, '-10', '100', '90', false],
      ].sort(),
    )
    const query = await api.graphql(
      `query ($id: Int!, $status: Int!) { previewTransition(id: $id, status: $status) }`,
      { id, status: s.Painting },
      admin,
    )
    expect(query.body.data.previewTransition).toEqual(preview.body)
    expect(await stock()).toEqual({ paint: 50, plastic: 100, toy: 0 })
    await move(id, s.Painting)
    expect(await stock()).toEqual({ paint: 45, plastic: 90, toy: 0 })
    const back = await api.rest('POST', '/manufacturing/previewTransition', {
      body: { id, status: s.Plan },
      token: admin,
    })
    expect(back.body.reverse).toHaveLength(2)
    expect(back.body.changes.map((c: any) => c.quantity).sort()).toEqual(['10', '5'])
  })

  it('shows a shortage in the preview and the finalize problem for a user without it', async () => {
    const { id } = await create(80)
    const preview = await api.rest('POST', '/manufacturing/previewTransition', {
      body: { id, status: s.Completed },
      token: planner,
    })
    expect(preview.status).toBe(200)
    expect(preview.body.allowed).toBe(false)
    const plastic = preview.body.changes.find((c: any) => c.item.id === f.plastic)
    expect(plastic).toMatchObject({ onHandAfter: '-60', shortage: true })
    const messages = preview.body.problems.map((p: any) => p.message).join('\n')
    expect(messages).toMatch(/executions\.finalize/)
    expect(messages).toMatch(/quantity produced/)
  })

  it('changes status through the GraphQL update mutation with the same rules', async () => {
    const { id } = await create(5)
    const result = await api.graphql(
      `mutation ($id: Int!, $status: Int!) { updateExecution(id: $id, data: { status: $status }) { status { name } } }`,
      { id, status: s.Assembly },
      admin,
    )
    expect(result.body.errors).toBeUndefined()
    expect(result.body.data.updateExecution.status.name).toBe('Assembly')
    expect(await stock()).toEqual({ paint: 50, plastic: 90, toy: 0 })
    const refused = await api.graphql(
      `mutation ($id: Int!, $status: Int!) { updateExecution(id: $id, data: { status: $status, producedQuantity: 1 }) { id } }`,
      { id, status: s.Completed },
      planner,
    )
    expect(refused.body.errors[0].message).toMatch(/executions\.finalize/)
  })

  it('deletes only in the initial status, and needs move-date and override-recipe permissions', async () => {
    const { id } = await create(5)
    await move(id, s.Assembly)
    const refused = await api.rest('DELETE', `/executions/${id}`, { token: admin })
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].message).toMatch(/only production in Plan can be deleted/)
    await move(id, s.Plan)
    const operator = await api.login('operator@example.com', 'operator')
    const date = await api.rest('PATCH', `/executions/${id}`, {
      body: { productionDate: '2026-12-01' },
      token: operator,
    })
    expect(date.status).toBe(403)
    expect(date.body.errors[0].message).toMatch(/executions\.moveDate/)
    const recipe = await api.rest('PATCH', `/executions/${id}`, {
      body: { bom: null },
      token: planner,
    })
    expect(recipe.status).toBe(403)
    expect(recipe.body.errors[0].message).toMatch(/executions\.overrideRecipe/)
    expect((await api.rest('DELETE', `/executions/${id}`, { token: admin })).status).toBe(200)
    expect(await stock()).toEqual({ paint: 50, plastic: 100, toy: 0 })
  })

  it('refuses changing a requirement that was already deducted, and posts a new one that is due', async () => {
    const execution = await create(5)
    await move(execution.id, s.Assembly)
    const requirements = execution.requirements.map((r: any) => ({
      ...r,
      item: r.item.id ?? r.item,
    }))
    const changed = await api.rest('PATCH', `/executions/${execution.id}`, {
      body: { requirements: [{ ...requirements[0], requiredQuantity: 12 }, requirements[1]] },
      token: admin,
    })
    expect(changed.status).toBe(409)
    expect(changed.body.errors[0].message).toMatch(/already posted at Assembly/)
    const added = await api.rest('PATCH', `/executions/${execution.id}`, {
      body: { requirements: [...requirements, { item: f.plastic, requiredQuantity: 1 }] },
      token: admin,
    })
    expect(added.status, JSON.stringify(added.body)).toBe(200)
    expect(await stock()).toEqual({ paint: 50, plastic: 89, toy: 0 })
  })
})
