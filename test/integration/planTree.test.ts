import { beforeAll, describe, expect, it } from 'vitest'

import { loadPlanTree } from '../../src/planning/loadPlanTree'
import { type SeededApp, seededApp } from '../support/seededApp'

describe("a plan's page shows the tree of executions it generated", () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
  })

  const userOf = async (email: string) =>
    (await payload.find({ collection: 'users', where: { email: { equals: email } } })).docs[0]!

  const sharedSaucePlan = async () => {
    const tag = Date.now().toString(36)
    const item = async (sku: string, kind: 'material' | 'product') =>
      (
        await payload.create({
          collection: 'items',
          data: { kind, name: `${sku} ${tag}`, sku: `${sku}-${tag}`, standardCost: 1, unit: 'pcs' },
        })
      ).id
    const [pizza, lasagna, sauce, tomato] = [
      await item('PIZZA', 'product'),
      await item('LASAGNA', 'product'),
      await item('SAUCE', 'product'),
      await item('TOMATO', 'material'),
    ]
    const bom = (product: number, item: number, quantity: number) =>
      payload.create({
        collection: 'boms',
        data: { basis: 'per_unit', components: [{ item, quantity }], outputQuantity: 1, product },
      })
    await bom(sauce, tomato, 4)
    await bom(pizza, sauce, 0.5)
    await bom(lasagna, sauce, 1.5)
    const floor = await payload.create({
      collection: 'locations',
      data: { kind: 'production_floor', name: `Tree floor ${tag}` },
    })
    const plan = await payload.create({
      collection: 'production-plans',
      data: {
        date: '2026-12-04',
        lines: [
          { product: pizza, quantity: 10 },
          { product: lasagna, quantity: 4 },
        ],
        name: `Tree ${tag}`,
        productionFloor: floor.id,
      },
    })
    return { plan: plan.id, tag }
  }

  it('is empty before generating, then lists each line with the shared sauce in full once', async () => {
    const { plan, tag } = await sharedSaucePlan()
    const planner = await userOf('planner@example.com')
    expect((await loadPlanTree(payload, planner, plan))!.rows).toEqual([])
    const generated = await api.rest('POST', '/manufacturing/generateExecutions', {
      body: { id: plan },
      token: admin,
    })
    expect(generated.status, JSON.stringify(generated.body)).toBe(200)
    const tree = (await loadPlanTree(payload, planner, plan))!
    const outline = tree.rows.map((row) => [
      row.depth,
      row.title.replace(/^EX-\d+ · /, ''),
      row.plannedQuantity,
      row.neededAbove,
      row.sharedBy,
      row.repeated,
    ])
    expect(outline).toEqual([
      [0, `PIZZA ${tag}`, 10, null, 0, false],
      [1, `SAUCE ${tag}`, 11, 5, 2, false],
      [0, `LASAGNA ${tag}`, 4, null, 0, false],
      [1, `SAUCE ${tag}`, 11, 6, 2, true],
    ])
    const status = tree.statuses.get(tree.rows[0]!.status!)
    expect(status?.name).toBe('Plan')
  })

  it('is read with the user: a viewer sees it, a user without executions gets none', async () => {
    const { plan } = await sharedSaucePlan()
    await api.rest('POST', '/manufacturing/generateExecutions', {
      body: { id: plan },
      token: admin,
    })
    const viewer = await userOf('viewer@example.com')
    expect((await loadPlanTree(payload, viewer, plan))!.rows).toHaveLength(4)
    const nobody = await payload.create({
      collection: 'users',
      data: { email: `nobody-${Date.now()}@example.com`, password: 'nobody-pass' },
    })
    expect(await loadPlanTree(payload, nobody, plan)).toBeNull()
  })
})
