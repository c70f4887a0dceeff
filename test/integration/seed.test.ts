import { describe, expect, it } from 'vitest'

import { demoManufacturingOrders } from '../../demo/seed/demoManufacturing'
import { demoExecutions } from '../../demo/seed/demoProduction'
import { demoSalesOrder } from '../../demo/seed/seedSalesOrders'
import { demoUsers } from '../../demo/seed/demoUsers'
import { runSeed } from '../../demo/seed/runSeed'
import { apiClient } from '../support/apiClient'
import { onHandAt, statusesByName } from '../support/productionFixtures'
import { testPayload } from '../support/testPayload'

describe('demo seed', () => {
  it('is idempotent: a second run adds nothing', async () => {
    const { payload } = await testPayload()
    await runSeed(payload)
    const slugs = [
      'roles',
      'users',
      'items',
      'locations',
      'lots',
      'stock-movements',
      'purchase-orders',
      'suppliers',
      'item-categories',
      'customers',
      'sales-orders',
      'manufacturing-orders',
    ] as const
    const counts = async () =>
      Object.fromEntries(
        await Promise.all(
          slugs.map(async (slug) => [slug, (await payload.count({ collection: slug })).totalDocs]),
        ),
      )
    const before = await counts()
    expect(await runSeed(payload)).toEqual({ created: [] })
    expect(await counts()).toEqual(before)
  })

  it('stocks the demo factory: floors, categories, suppliers, lots at different costs, a received order', async () => {
    const { payload } = await testPayload()
    await runSeed(payload)
    const floors = await payload.count({
      collection: 'locations',
      where: { kind: { equals: 'production_floor' } },
    })
    expect(floors.totalDocs).toBeGreaterThanOrEqual(2)
    const categories = (
      await payload.find({ collection: 'item-categories', limit: 0, pagination: false })
    ).docs.map((c) => c.name)
    expect(categories).toEqual(expect.arrayContaining(['Plastics', 'Paint', 'Food', 'Metal']))
    const [abs] = (
      await payload.find({ collection: 'items', depth: 1, where: { sku: { equals: 'ABS-PEL' } } })
    ).docs
    expect(abs!.onHand).toBe(350)
    expect(abs!.primarySupplier).toMatchObject({ name: 'Acme Industrial Supply' })
    const lots = (
      await payload.find({
        collection: 'lots',
        sort: 'receivedAt',
        where: { item: { equals: abs!.id } },
      })
    ).docs
    expect(lots.map((l) => l.unitCost)).toEqual([1.95, 2.2])
    const [labour] = (
      await payload.find({ collection: 'items', where: { sku: { equals: 'LABOUR-H' } } })
    ).docs
    expect(labour!.kind).toBe('resource')
    const received = await payload.count({
      collection: 'purchase-orders',
      where: { status: { equals: 'received' } },
    })
    expect(received.totalDocs).toBeGreaterThanOrEqual(1)
  })

  it('plans production: a recipe for every product, executions in every status, their stock posted', async () => {
    const { payload } = await testPayload()
    await runSeed(payload)
    const { docs: boms } = await payload.find({
      collection: 'boms',
      depth: 1,
      pagination: false,
      where: { active: { equals: true } },
    })
    const recipe = (sku: string) => {
      const bom = boms.find((b) => typeof b.product === 'object' && b.product.sku === sku)
      expect(bom, `an active recipe for ${sku}`).toBeDefined()
      return {
        ...bom!,
        lines: (bom!.components ?? []).map((c) => [(c.item as { sku: string }).sku, c.quantity]),
      }
    }
    const bike = recipe('BIKE')
    expect(bike.lines).toEqual([
      ['STL-T20', 2],
      ['WHEEL', 2],
      ['PNT-RED', 0.2],
    ])
    expect(bike.operations).toMatchObject([
      { crewSize: 1, minutes: 45, resource: { sku: 'LABOUR-H' }, resourceType: 'labor' },
    ])
    expect(recipe('WHEEL').lines).toEqual([
      ['HUB-PL', 1],
      ['STL-T20', 0.5],
    ])
    const sauce = recipe('SAUCE')
    expect(sauce).toMatchObject({ basis: 'per_batch', outputQuantity: 10 })
    expect(sauce.lines).toEqual([['TOMATO', 12]])
    expect(recipe('PIZZA').lines).toEqual([
      ['FLOUR', 0.25],
      ['SAUCE', 0.15],
      ['MOZZ', 0.12],
    ])
    expect(recipe('LASAGNA').lines).toEqual([
      ['FLOUR', 0.2],
      ['SAUCE', 0.3],
      ['MOZZ', 0.15],
    ])
    expect(recipe('PASTA').lines).toEqual([
      ['FLOUR', 0.15],
      ['SAUCE', 0.2],
    ])
    expect(recipe('TOY').lines).toEqual([
      ['ABS-PEL', 0.3],
      ['HUB-PL', 2],
      ['PNT-RED', 0.05],
    ])

    const s = await statusesByName(payload)
    const { docs: executions } = await payload.find({
      collection: 'executions',
      depth: 1,
      pagination: false,
      where: { lotLabel: { in: demoExecutions.map((e) => e.lotLabel) } },
    })
    expect(executions).toHaveLength(demoExecutions.length)
    const statusOf = (e: (typeof executions)[number]) =>
      typeof e.status === 'object' ? e.status.name : e.status
    for (const name of ['Plan', 'Assembly', 'Painting', 'Packaging', 'Completed']) {
      expect(
        executions.some((e) => statusOf(e) === name),
        `an execution in ${name}`,
      ).toBe(true)
      expect(s[name]).toBeDefined()
    }
    const byLabel = (label: string) => executions.find((e) => e.lotLabel === label)!
    // A bicycle's wheels are a sub-recipe; Completed ones were produced and cost something.
    const bikes = byLabel('L-BIKE-1121')
    expect(bikes.requirements!.map((r) => [(r.item as { sku: string }).sku, r.kind])).toEqual(
      expect.arrayContaining([
        ['WHEEL', 'sub_recipe'],
        ['STL-T20', 'supplied'],
      ]),
    )
    for (const done of executions.filter((e) => statusOf(e) === 'Completed')) {
      expect(done.producedQuantity).toBeGreaterThan(0)
      expect(done.costs?.unitCost).toBeGreaterThan(0)
    }
    // Stock moved by the rules: the pizzas produced are on the kitchen floor, the toys in Plan
    // have taken nothing, only reserved their materials.
    const pizzas = byLabel('L-PIZZA-1121')
    const kitchen = typeof pizzas.productionFloor === 'object' ? pizzas.productionFloor.id : 0
    const pizza = typeof pizzas.product === 'object' ? pizzas.product.id : 0
    expect(await onHandAt(payload, pizza, kitchen)).toBeGreaterThanOrEqual(38)
    const toys = byLabel('L-TOY-1125')
    const postings = await payload.count({
      collection: 'stock-movements',
      where: {
        and: [
          { sourceCollection: { equals: 'executions' } },
          { sourceId: { equals: String(toys.id) } },
          { reason: { not_in: ['reserve'] } },
        ],
      },
    })
    expect(postings.totalDocs).toBe(0)
    const pizzaPostings = await payload.count({
      collection: 'stock-movements',
      where: {
        and: [
          { sourceCollection: { equals: 'executions' } },
          { sourceId: { equals: String(pizzas.id) } },
          { reason: { equals: 'produce' } },
        ],
      },
    })
    expect(pizzaPostings.totalDocs).toBe(1)

    const counts = async () =>
      Object.fromEntries(
        await Promise.all(
          (
            [
              'boms',
              'executions',
              'manufacturing-orders',
              'status-postings',
              'stock-movements',
              'lots',
            ] as const
          ).map(async (slug) => [slug, (await payload.count({ collection: slug })).totalDocs]),
        ),
      )
    const before = await counts()
    expect(await runSeed(payload)).toEqual({ created: [] })
    expect(await counts()).toEqual(before)
  })

  it('has an open sales order, two of its lines with a recipe to produce from', async () => {
    const { payload } = await testPayload()
    await runSeed(payload)
    const { docs } = await payload.find({
      collection: 'sales-orders',
      depth: 1,
      where: { notes: { equals: demoSalesOrder.notes } },
    })
    expect(docs).toHaveLength(1)
    const [order] = docs
    expect(order).toMatchObject({ customer: { name: 'Velocity Bike Shop' }, status: 'confirmed' })
    const skus = order!.lines.map((line) => (line.item as { sku: string }).sku)
    expect(skus).toEqual(['BIKE', 'TOY', 'PNT-RED'])
    const { docs: boms } = await payload.find({
      collection: 'boms',
      depth: 1,
      pagination: false,
      where: { active: { equals: true } },
    })
    const withRecipe = skus.filter((sku) =>
      boms.some((b) => (b.product as { sku: string }).sku === sku),
    )
    expect(withRecipe).toEqual(['BIKE', 'TOY'])
  })

  it('has manufacturing orders in every production state, one made to order', async () => {
    const { payload } = await testPayload()
    await runSeed(payload)
    const { docs } = await payload.find({
      collection: 'manufacturing-orders',
      depth: 1,
      pagination: false,
      where: {
        or: [
          { notes: { in: demoManufacturingOrders.map((o) => o.notes) } },
          { salesOrder: { exists: true } },
        ],
      },
    })
    const sku = (doc: (typeof docs)[number]) => (doc.product as { sku: string }).sku
    const byNotes = (notes: string) => docs.find((doc) => doc.notes === notes)!
    expect(
      demoManufacturingOrders.map((o) => [o.product, byNotes(o.notes).productionState]),
    ).toEqual([
      ['TABLE', 'done'],
      ['DOUGH', 'in_progress'],
      ['DOUGH', 'blocked'],
      ['TABLE', 'not_started'],
    ])
    const dough = byNotes(demoManufacturingOrders[1]!.notes)
    expect(dough).toMatchObject({ batches: 1, mode: 'batch' })
    expect(dough.ingredients!.map((row) => [row.sku, row.plannedQuantity])).toEqual([
      ['FLOUR', 12],
      ['WATER', 8],
    ])
    const tables = byNotes(demoManufacturingOrders[0]!.notes)
    expect(tables.operations).toMatchObject([
      { crewSize: 1, plannedMinutes: 60, resource: { sku: 'LABOUR-H' }, step: 'Assemble' },
    ])
    expect(tables.costs?.unitCost).toBe(600)
    // Other tests make orders from sales orders of their own in the same database.
    const made = docs.filter(
      (doc) => (doc.salesOrder as { notes?: string } | null)?.notes === demoSalesOrder.notes,
    )
    expect(made.map(sku)).toEqual(['BIKE'])
    expect(made[0]).toMatchObject({
      customer: { name: demoSalesOrder.customer.name },
      salesOrder: { notes: demoSalesOrder.notes },
    })
    expect(made[0]!.deadline).toBe(demoSalesOrder.deadline)
  })

  it('has material requisitions in every state of the store, and a trolley ready on the packing floor', async () => {
    const { payload } = await testPayload()
    const { docs } = await payload.find({
      collection: 'material-requisitions',
      depth: 1,
      pagination: false,
      where: { 'floor.name': { equals: 'Floor C (packing)' } },
    })
    expect(docs.map((doc) => doc.state).sort()).toEqual(
      ['cancelled', 'in_trolley', 'issued', 'picked', 'picking', 'requested', 'returned'].sort(),
    )
    const { docs: trolleys } = await payload.find({
      collection: 'trolleys',
      where: { label: { equals: 'Packing trolley 1' } },
    })
    expect(trolleys[0]).toMatchObject({ state: 'ready' })
    const parcel = await payload.find({
      collection: 'executions',
      depth: 0,
      where: { lotLabel: { equals: 'L-PARCEL-5' } },
    })
    expect(parcel.docs[0]!.requirements!.map((r) => r.supplyStatus)).toEqual([
      'in_trolley',
      'in_trolley',
    ])
  })

  it('creates the demo logins, each able to sign in with its role', async () => {
    const { config, payload } = await testPayload()
    const api = apiClient(config)
    for (const user of demoUsers) {
      const token = await api.login(user.email, user.password)
      const { body } = await api.rest('GET', '/users/me', { token })
      const role = (
        await payload.find({ collection: 'roles', where: { name: { equals: user.role } } })
      ).docs[0]!
      expect(
        body.user.roles.map((r: number | { id: number }) => (typeof r === 'object' ? r.id : r)),
      ).toContain(role.id)
    }
    const viewer = (
      await payload.find({ collection: 'roles', where: { name: { equals: 'Viewer' } } })
    ).docs[0]!
    expect(viewer.permissions!.every((key) => key.endsWith('.view'))).toBe(true)
  })
})
