import { beforeAll, describe, expect, it } from 'vitest'

import { onHandAt, statusesByName } from '../support/productionFixtures'
import { type SeededApp, seededApp } from '../support/seededApp'

let counter = 0

describe('production plans generate linked executions', () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string
  let s: Record<string, number>

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
    s = await statusesByName(payload)
  })

  /** A chain top → B (2) → C (3) → flour (3), and a sauce shared by pizza, lasagna and pasta. */
  const fixtures = async () => {
    const tag = `${Date.now().toString(36)}${(counter++).toString(36)}`
    const item = async (sku: string, kind: 'material' | 'product') =>
      (
        await payload.create({
          collection: 'items',
          data: { kind, name: `${sku} ${tag}`, sku: `${sku}-${tag}`, standardCost: 1, unit: 'pcs' },
        })
      ).id
    const bom = (product: number, components: [number, number][], outputQuantity = 1) =>
      payload.create({
        collection: 'boms',
        data: {
          basis: 'per_unit',
          components: components.map(([item, quantity]) => ({ item, quantity })),
          outputQuantity,
          product,
        },
      })
    const [top, b, c, flour] = [
      await item('TOP', 'product'),
      await item('B', 'product'),
      await item('C', 'product'),
      await item('FLOUR', 'material'),
    ]
    await bom(c, [[flour, 3]])
    await bom(b, [[c, 3]])
    await bom(top, [[b, 2]])
    const [pizza, lasagna, pasta, sauce, tomato] = [
      await item('PIZZA', 'product'),
      await item('LASAGNA', 'product'),
      await item('PASTA', 'product'),
      await item('SAUCE', 'product'),
      await item('TOMATO', 'material'),
    ]
    await bom(sauce, [[tomato, 4]], 5)
    await bom(pizza, [[sauce, 0.5]])
    await bom(lasagna, [[sauce, 1.5]])
    await bom(pasta, [[sauce, 2]])
    const floor = (
      await payload.create({
        collection: 'locations',
        data: { kind: 'production_floor', name: `Plan floor ${tag}` },
      })
    ).id
    const loose = await item('LOOSE', 'product')
    return { b, c, floor, flour, lasagna, loose, pasta, pizza, sauce, tag, top }
  }
  type Fixtures = Awaited<ReturnType<typeof fixtures>>

  const createPlan = async (f: Fixtures, lines: { product: number; quantity: number }[]) => {
    const { body, status } = await api.rest('POST', '/production-plans', {
      body: { date: '2026-12-01', lines, name: `Plan ${f.tag}`, productionFloor: f.floor },
      token: admin,
    })
    expect(status, JSON.stringify(body)).toBe(201)
    return body.doc.id as number
  }
  const generate = (id: number) =>
    api.rest('POST', '/manufacturing/generateExecutions', { body: { id }, token: admin })
  const executionsOf = async (plan: number) =>
    (
      await payload.find({
        collection: 'executions',
        depth: 0,
        pagination: false,
        sort: 'id',
        where: { plan: { equals: plan } },
      })
    ).docs

  it('explodes a 3-level chain planned at 3 into B 6 and C 18, C needing 54 flour, linked both ways', async () => {
    const f = await fixtures()
    const plan = await createPlan(f, [{ product: f.top, quantity: 3 }])
    const { body, status } = await generate(plan)
    expect(status, JSON.stringify(body)).toBe(200)
    expect(body.created).toHaveLength(3)
    const docs = await executionsOf(plan)
    const by = (product: number) => docs.find((d) => d.product === product)!
    expect([by(f.top), by(f.b), by(f.c)].map((d) => d.plannedQuantity)).toEqual([3, 6, 18])
    expect(by(f.c).requirements!.map((r) => [r.item, r.requiredQuantity])).toEqual([[f.flour, 54]])
    expect(by(f.top).requirements![0]!.childExecution).toBe(by(f.b).id)
    expect(by(f.b).requirements![0]!.childExecution).toBe(by(f.c).id)
    expect(by(f.c).parents!.map((p) => [p.execution, p.requiredQuantity])).toEqual([
      [by(f.b).id, 18],
    ])
    expect(
      docs.every((d) => d.status === s.Plan && d.productionDate.startsWith('2026-12-01')),
    ).toBe(true)
  })

  it('writes each execution as saving it through the collection would, reserving stock on the floor', async () => {
    const f = await fixtures()
    await payload.create({
      collection: 'inventory-adjustments',
      data: { lines: [{ item: f.flour, quantityDelta: 40 }], location: f.floor, type: 'found' },
    })
    const plan = await createPlan(f, [{ product: f.c, quantity: 2 }])
    const { body, status } = await generate(plan)
    expect(status, JSON.stringify(body)).toBe(200)
    const [generated] = await executionsOf(plan)
    const saved = await api.rest('POST', '/executions', {
      body: {
        plannedQuantity: 2,
        product: f.c,
        productionDate: '2026-12-01T12:00:00.000Z',
        productionFloor: f.floor,
      },
      token: admin,
    })
    const same = await payload.findByID({
      collection: 'executions',
      depth: 0,
      id: saved.body.doc.id,
    })
    const shape = (doc: typeof same) => ({
      bom: doc.bom,
      code: doc.code?.replace(String(doc.id), '#'),
      costs: doc.costs,
      description: doc.productDescription,
      requirements: doc.requirements!.map((r) => [
        r.item,
        r.requiredQuantity,
        r.kind,
        r.supplyStatus,
      ]),
      status: doc.status,
    })
    expect(shape(generated!)).toEqual(shape(same))
    expect(generated!.code).toBe(`EX-${String(generated!.id).padStart(6, '0')}`)
    // Each reserved its 6 flour: 28 of the 40 stay available.
    const { docs } = await payload.find({
      collection: 'stock-balances',
      where: { item: { equals: f.flour }, location: { equals: f.floor } },
    })
    expect(docs.reduce((sum, d) => sum + d.available, 0)).toBe(28)
  })

  it('aggregates a sauce shared by three parents into one execution listing each parent (GraphQL)', async () => {
    const f = await fixtures()
    const plan = await createPlan(f, [
      { product: f.pizza, quantity: 10 },
      { product: f.lasagna, quantity: 10 },
      { product: f.pasta, quantity: 10 },
    ])
    const { body } = await api.graphql(
      'mutation ($id: Int!) { generateExecutions(id: $id) }',
      { id: plan },
      admin,
    )
    expect(body.errors).toBeUndefined()
    expect(body.data.generateExecutions.created).toHaveLength(4)
    const docs = await executionsOf(plan)
    const sauces = docs.filter((d) => d.product === f.sauce)
    expect(sauces).toHaveLength(1)
    expect(sauces[0]!.plannedQuantity).toBe(40)
    const parentOf = (id: unknown) => docs.find((d) => d.id === id)!.product
    expect(sauces[0]!.parents!.map((p) => [parentOf(p.execution), p.requiredQuantity])).toEqual([
      [f.pizza, 5],
      [f.lasagna, 15],
      [f.pasta, 20],
    ])
  })

  it('regenerates by updating executions in the initial status and reports started ones', async () => {
    const f = await fixtures()
    const plan = await createPlan(f, [{ product: f.top, quantity: 3 }])
    expect((await generate(plan)).status).toBe(200)
    const before = await executionsOf(plan)
    const top = before.find((d) => d.product === f.top)!
    // The top execution starts, consuming B from the floor; its children stay in the initial status.
    await payload.create({
      collection: 'inventory-adjustments',
      data: { lines: [{ item: f.b, quantityDelta: 10 }], location: f.floor, type: 'found' },
    })
    const moved = await api.rest('PATCH', `/executions/${top.id}`, {
      body: { status: s.Assembly },
      token: admin,
    })
    expect(moved.status, JSON.stringify(moved.body)).toBe(200)
    await api.rest('PATCH', `/production-plans/${plan}`, {
      body: { lines: [{ product: f.top, quantity: 5 }] },
      token: admin,
    })
    const { body, status } = await generate(plan)
    expect(status, JSON.stringify(body)).toBe(200)
    expect(body.created).toEqual([])
    expect(body.notChanged.map((e: any) => e.id)).toEqual([top.id])
    expect(body.notChanged[0].reason).toMatch(/already Assembly/)
    expect(body.updated.map((e: any) => [e.product, e.quantity])).toEqual([
      [f.b, '10'],
      [f.c, '30'],
    ])
    const after = await executionsOf(plan)
    expect(after.map((d) => d.id)).toEqual(before.map((d) => d.id))
    expect(after.find((d) => d.product === f.c)!.requirements![0]!.requiredQuantity).toBe(90)
  })

  it('creates a plan done when new production starts Completed: produced as planned, posted', async () => {
    const f = await fixtures()
    await payload.create({
      collection: 'inventory-adjustments',
      data: { lines: [{ item: f.flour, quantityDelta: 40 }], location: f.floor, type: 'found' },
    })
    const settings = await payload.findGlobal({ depth: 0, slug: 'production-settings' })
    await payload.updateGlobal({
      data: { defaultStatus: s.Completed },
      slug: 'production-settings',
    })
    try {
      const plan = await createPlan(f, [{ product: f.top, quantity: 1 }])
      const { body, status } = await generate(plan)
      expect(status, JSON.stringify(body)).toBe(200)
      const docs = await executionsOf(plan)
      expect(docs.map((d) => [d.product, d.status, d.plannedQuantity, d.producedQuantity])).toEqual(
        [
          [f.top, s.Completed, 1, 1],
          [f.b, s.Completed, 2, 2],
          [f.c, s.Completed, 6, 6],
        ],
      )
      // Each consumed its components and added its product: the sub-assemblies were made
      // before their parents used them, and the top product is on the floor.
      expect(await onHandAt(payload, f.flour, f.floor)).toBe(22)
      expect(await onHandAt(payload, f.c, f.floor)).toBe(0)
      expect(await onHandAt(payload, f.b, f.floor)).toBe(0)
      expect(await onHandAt(payload, f.top, f.floor)).toBe(1)
      // As creating the same execution Completed by hand would store it.
      const byHand = await api.rest('POST', '/executions', {
        body: {
          plannedQuantity: 6,
          producedQuantity: 6,
          product: f.c,
          productionDate: '2026-12-01T12:00:00.000Z',
          productionFloor: f.floor,
          status: s.Completed,
        },
        token: admin,
      })
      expect(byHand.status, JSON.stringify(byHand.body)).toBe(201)
      // Creating done production needs the finalize permission, as completing it does.
      const role = await payload.create({
        collection: 'roles',
        data: {
          name: `Planners ${f.tag}`,
          permissions: ['executions.create', 'executions.view', 'productionPlans.view'],
        },
      })
      await payload.create({
        collection: 'users',
        data: { email: `planner-${f.tag}@example.com`, password: 'planner', roles: [role.id] },
      })
      const planner = await api.login(`planner-${f.tag}@example.com`, 'planner')
      const other = await createPlan(f, [{ product: f.c, quantity: 1 }])
      const refused = await api.rest('POST', '/manufacturing/generateExecutions', {
        body: { id: other },
        token: planner,
      })
      expect(refused.status, JSON.stringify(refused.body)).toBe(403)
      expect(JSON.stringify(refused.body)).toMatch(/executions\.finalize/)
      expect(await executionsOf(other)).toEqual([])
      const c = docs.find((d) => d.product === f.c)!
      const same = await payload.findByID({
        collection: 'executions',
        depth: 0,
        id: byHand.body.doc.id,
      })
      expect(c.costs).toEqual(same.costs)
    } finally {
      await payload.updateGlobal({
        data: { defaultStatus: settings.defaultStatus },
        slug: 'production-settings',
      })
    }
  })

  it('generates one plan twice at once: one set of executions, no 500', async () => {
    const f = await fixtures()
    for (let round = 0; round < 5; round++) {
      const plan = await createPlan(f, [{ product: f.top, quantity: 1 + round }])
      const results = await Promise.all([generate(plan), generate(plan)])
      expect(results.map((r) => [r.status, JSON.stringify(r.body)])).toEqual([
        [200, expect.any(String)],
        [200, expect.any(String)],
      ])
      const docs = await executionsOf(plan)
      expect(docs.map((d) => d.plannedQuantity)).toEqual([
        1 + round,
        2 * (1 + round),
        6 * (1 + round),
      ])
    }
  })

  it('refuses a cycle with its path and writes nothing', async () => {
    const f = await fixtures()
    // Saving a cycle is refused, so close TOP → B → C → TOP behind the hooks' back.
    const { docs } = await payload.find({ collection: 'boms', where: { product: { equals: f.c } } })
    await (payload.db as any).drizzle.execute(
      `update boms_components set item_id = ${f.top} where _parent_id = ${docs[0]!.id}`,
    )
    const plan = await createPlan(f, [{ product: f.top, quantity: 1 }])
    const { body, status } = await generate(plan)
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toMatch(/cycle: TOP \S+ → B \S+ → C \S+ → TOP/)
    expect(await executionsOf(plan)).toEqual([])
  })

  it('refuses a bad line naming it and writes nothing', async () => {
    const f = await fixtures()
    const plan = await createPlan(f, [
      { product: f.top, quantity: 1 },
      { product: f.loose, quantity: 1 },
    ])
    const { body, status } = await generate(plan)
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toMatch(/lines\[1\]\.product: LOOSE \S+ has no active recipe/)
    expect(await executionsOf(plan)).toEqual([])
    expect(
      (await api.rest('POST', '/manufacturing/generateExecutions', { body: { id: plan } })).status,
    ).toBe(401)
  })

  it('generates a plan on the jobs queue, showing its state on the plan', async () => {
    const f = await fixtures()
    const plan = await createPlan(f, [{ product: f.top, quantity: 2 }])
    const queued = await api.rest('POST', '/manufacturing/queueExecutionGeneration', {
      body: { id: plan },
      token: admin,
    })
    expect(queued.status, JSON.stringify(queued.body)).toBe(200)
    expect(
      (await payload.findByID({ collection: 'production-plans', id: plan })).generation,
    ).toMatchObject({ state: 'queued' })
    await payload.jobs.run()
    const done = await payload.findByID({ collection: 'production-plans', id: plan })
    expect(done.generation).toMatchObject({
      message: '3 created, 0 updated, 0 already started',
      state: 'done',
    })
    expect((await executionsOf(plan)).map((d) => d.plannedQuantity)).toEqual([2, 4, 12])
  })

  it("finds executions with the list filters' where: product name, floor and a date range", async () => {
    const f = await fixtures()
    const plan = await createPlan(f, [{ product: f.pizza, quantity: 2 }])
    expect((await generate(plan)).status).toBe(200)
    const query = [
      'where[and][0][productionDate][greater_than_equal]=2026-12-01T00:00:00.000Z',
      'where[and][1][productionDate][less_than]=2026-12-02T00:00:00.000Z',
      `where[and][2][productionFloor][equals]=${f.floor}`,
      'where[and][3][or][0][code][like]=SAUCE',
      'where[and][3][or][1][lotLabel][like]=SAUCE',
      `where[and][3][or][2][product.name][like]=SAUCE ${f.tag}`,
      'depth=0',
    ].join('&')
    const { body, status } = await api.rest('GET', `/executions?${encodeURI(query)}`, {
      token: admin,
    })
    expect(status, JSON.stringify(body)).toBe(200)
    expect(body.docs.map((d: any) => d.product)).toEqual([f.sauce])
  })
})
