import { beforeAll, describe, expect, it } from 'vitest'

import { inventoryFixtures } from '../support/inventoryFixtures'
import { statusesByName } from '../support/productionFixtures'
import { type SeededApp, seededApp } from '../support/seededApp'

describe("a production plan's planned against actual cost", () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string
  let viewer: string
  let s: Record<string, number>

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
    viewer = await api.login('viewer@example.com', 'viewer')
    s = await statusesByName(payload)
  })

  const ok = async (name: string, body: Record<string, unknown>, token = admin) => {
    const answer = await api.rest('POST', `/manufacturing/${name}`, { body, token })
    expect(answer.status, JSON.stringify(answer.body)).toBe(200)
    return answer.body
  }

  it('sums the executions that make its lines: planned at current cost, actual as consumed', async () => {
    const f = await inventoryFixtures(payload)
    const item = async (sku: string, kind: 'material' | 'product') =>
      (
        await payload.create({
          collection: 'items',
          data: { kind, name: `${sku} ${f.tag}`, sku: `${sku}-${f.tag}`, unit: 'pcs' },
        })
      ).id
    const resin = await item('RESIN', 'material')
    const bead = await item('BEAD', 'material')
    const paste = await item('PASTE', 'product')
    const vase = await item('VASE', 'product')
    const floor = (
      await payload.create({
        collection: 'locations',
        data: { kind: 'production_floor', name: `Vase floor ${f.tag}` },
      })
    ).id
    // Resin in two lots, 5 at 2 and then 5 at 4 (current cost 3); paste on hand, 3 at 1.
    const receive = (key: string, item: number, quantity: number, unitCost: number) =>
      ok('postStockMovements', {
        key: `${key}-${f.tag}`,
        lines: [
          {
            from: f.virtual.supplier,
            item,
            newLot: { unitCost },
            quantity,
            reason: 'receipt',
            to: floor,
          },
        ],
      })
    await receive('resin-cheap', resin, 5, 2)
    await receive('resin-dear', resin, 5, 4)
    await receive('paste', paste, 3, 1)
    await payload.create({
      collection: 'boms',
      data: {
        basis: 'per_unit',
        components: [{ item: bead, quantity: 1 }],
        outputQuantity: 1,
        product: paste,
      },
    })
    await payload.create({
      collection: 'boms',
      data: {
        basis: 'per_unit',
        components: [
          { item: resin, quantity: 2 },
          { item: paste, quantity: 1 },
        ],
        outputQuantity: 1,
        product: vase,
      },
    })
    const plan = (
      await payload.create({
        collection: 'production-plans',
        data: {
          date: '2026-12-04',
          lines: [{ product: vase, quantity: 3 }],
          name: `Vases ${f.tag}`,
          productionFloor: floor,
        },
      })
    ).id
    await ok('generateExecutions', { id: plan })
    const { docs } = await payload.find({
      collection: 'executions',
      depth: 0,
      where: { plan: { equals: plan } },
    })
    expect(docs).toHaveLength(2) // the vases, and the paste they need
    const vases = docs.find((execution) => execution.product === vase)!

    // Planned: 6 resin at 3 and 3 paste at 1 = 21. Nothing consumed yet.
    const before = await ok('planCostVariance', { plan })
    expect(before.executions.map((e: { id: number }) => e.id)).toEqual([vases.id])
    expect(before.planned).toMatchObject({ materialCost: '21', totalCost: '21' })
    expect(before.actual).toMatchObject({ materialCost: '0', totalCost: '0' })
    expect(before.variance.totalCost).toBe('-21')

    // Painting takes the resin FIFO (5 at 2, 1 at 4 = 14) and the paste (3 at 1): 17.
    const moved = await api.rest('PATCH', `/executions/${vases.id}`, {
      body: { status: s.Painting },
      token: admin,
    })
    expect(moved.status, JSON.stringify(moved.body)).toBe(200)
    // The plan is costed at today's current costs, as an execution's is: the resin left is the
    // lot at 4 (6 × 4 = 24), and no paste is left nor was it bought (it counts as nothing).
    const after = await ok('planCostVariance', { plan })
    expect(after.actual).toMatchObject({ materialCost: '17', totalCost: '17' })
    expect(after.planned).toMatchObject({ materialCost: '24', totalCost: '24' })
    expect(after.variance).toMatchObject({ materialCost: '-7', totalCost: '-7', unitCost: null })
    expect(after.executions[0]).toMatchObject({
      actual: { totalCost: '17' },
      code: vases.code,
      planned: { totalCost: '24' },
      variance: { totalCost: '-7' },
    })

    // The same over GraphQL; a viewer without the view-costs key gets no money figures.
    const graphql = await api.graphql(
      'query ($plan: Int!) { planCostVariance(plan: $plan) }',
      { plan },
      admin,
    )
    expect(graphql.body.data.planCostVariance.variance.totalCost).toBe('-7')
    const blind = await ok('planCostVariance', { plan }, viewer)
    expect(blind.planned).toEqual({})
    expect(blind.executions[0]).toMatchObject({ code: vases.code, planned: {} })
  })

  it('names the plan when it is not one', async () => {
    const missing = await api.rest('POST', '/manufacturing/planCostVariance', {
      body: { plan: 999_999 },
      token: admin,
    })
    expect(missing.status).toBe(404)
    expect(missing.body.errors[0].message).toBe('plan: no production plan with id 999999')
    const bad = await api.rest('POST', '/manufacturing/planCostVariance', {
      body: { plan: 'x' },
      token: admin,
    })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].message).toMatch(/^plan: /)
  })
})
