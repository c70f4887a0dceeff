import { beforeAll, describe, expect, it } from 'vitest'

import { permissionKeys } from '../../src/access/permissions'
import { costFieldNames } from '../../src/platform/rules/costFields'
import { inventoryFixtures } from '../support/inventoryFixtures'
import { type SeededApp, seededApp } from '../support/seededApp'

type Via = 'graphql' | 'rest'

/** Paths of every cost field anywhere in an answer, e.g. `lines[0].unitCost`. */
function costPaths(value: unknown, at = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((child, i) => costPaths(child, `${at}[${i}]`))
  if (value === null || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([name, child]) => [
    ...((costFieldNames as readonly string[]).includes(name) ? [`${at}.${name}`.slice(1)] : []),
    ...costPaths(child, `${at}.${name}`),
  ])
}

describe('bomCost: the standard cost of a bill of materials', () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
  })

  /** bomCost over REST or GraphQL: the status (GraphQL: 400 when it answered an error) and body. */
  const bomCost = async (args: Record<string, unknown>, via: Via = 'rest', token = admin) => {
    if (via === 'rest') {
      const { body, status } = await api.rest('POST', '/manufacturing/bomCost', {
        body: args,
        token,
      })
      return { body, message: JSON.stringify(body), status }
    }
    const { body } = await api.graphql(
      `query ($id: Int!, $quantity: JSON) { bomCost(id: $id, quantity: $quantity) }`,
      args,
      token,
    )
    if (body.errors) return { body, message: JSON.stringify(body.errors), status: 400 }
    return { body: body.data.bomCost, message: '', status: 200 }
  }
  const costed = async (args: Record<string, unknown>, via: Via = 'rest') => {
    const answer = await bomCost(args, via)
    expect(answer.status, answer.message).toBe(200)
    return answer.body
  }

  /** A bakery: fresh items and locations, flour in two lots (10 at 2 and 30 at 3: 2.75 on average). */
  const bakery = async () => {
    const f = await inventoryFixtures(payload)
    const item = async (sku: string, kind: 'material' | 'product' | 'resource', extra = {}) =>
      (
        await payload.create({
          collection: 'items',
          data: { kind, name: `${sku} ${f.tag}`, sku: `${sku}-${f.tag}`, unit: 'kg', ...extra },
        })
      ).id
    const receive = async (item: number, to: number, quantity: number, unitCost: number) => {
      const { body, status } = await api.rest('POST', '/manufacturing/postStockMovements', {
        body: {
          key: `receive-${f.tag}-${item}-${to}-${unitCost}`,
          lines: [
            {
              from: f.virtual.supplier,
              item,
              newLot: { unitCost },
              quantity,
              reason: 'receipt',
              to,
            },
          ],
        },
        token: admin,
      })
      expect(status, JSON.stringify(body)).toBe(200)
    }
    const flour = f.item
    await receive(flour, f.warehouse, 10, 2)
    await receive(flour, f.floor, 30, 3)
    const bom = async (data: Record<string, unknown>) =>
      (await payload.create({ collection: 'boms', data: data as any })).id
    return { ...f, bom, flour, item, receive }
  }

  it('costs a flat BOM at the weighted average of the lots on hand, or the standard cost', async () => {
    const b = await bakery()
    const salt = await b.item('SALT', 'material', { standardCost: 4 })
    const bread = await b.item('BREAD', 'product')
    const id = await b.bom({
      basis: 'per_unit',
      components: [
        { item: b.flour, quantity: 1 },
        { item: salt, note: 'fine', quantity: 0.5 },
      ],
      outputQuantity: 2,
      product: bread,
    })
    for (const via of ['rest', 'graphql'] as const) {
      const cost = await costed({ id }, via)
      // 1 × 2.75 + 0.5 × 4 = 4.75 for 2 loaves.
      expect(cost).toMatchObject({
        bom: id,
        materialCost: '4.75',
        operationCost: '0',
        product: { id: bread },
        quantity: '2',
        totalCost: '4.75',
        unitCost: '2.375',
      })
      expect(
        cost.lines.map((l: any) => [l.item.id, l.quantity, l.unitCost, l.source, l.cost, l.note]),
      ).toEqual([
        [b.flour, '1', '2.75', 'on_hand', '2.75', null],
        [salt, '0.5', '4', 'standard', '2', 'fine'],
      ])
    }
    // Six loaves cost three times as much, and each loaf the same.
    expect(await costed({ id, quantity: 6 })).toMatchObject({
      materialCost: '14.25',
      totalCost: '14.25',
      unitCost: '2.375',
    })
  })

  it('adds the operations at crew × minutes ÷ 60 × rate, per_batch in whole batches', async () => {
    const b = await bakery()
    const baker = await b.item('BAKER', 'resource')
    const oven = await b.item('OVEN', 'resource')
    const buns = await b.item('BUNS', 'product')
    const id = await b.bom({
      basis: 'per_batch',
      components: [{ item: b.flour, quantity: 2 }],
      operations: [
        {
          crewSize: 2,
          minutes: 45,
          ratePerHour: 40,
          resource: baker,
          resourceType: 'labor',
          step: 'Shape',
        },
        {
          crewSize: 1,
          minutes: 10,
          ratePerHour: 600,
          resource: oven,
          resourceType: 'machine',
          step: 'Bake',
        },
      ],
      outputQuantity: 4,
      product: buns,
    })
    // One batch of 4: flour 2 × 2.75 = 5.5; 2 × 45 ÷ 60 × 40 = 60 and 10 ÷ 60 × 600 = 100.
    expect(await costed({ id })).toMatchObject({
      materialCost: '5.5',
      operationCost: '160',
      totalCost: '165.5',
      unitCost: '41.375',
    })
    // 5 buns are two batches: 11 of flour; 90 and 20 minutes, 120 and 200.
    const five = await costed({ id, quantity: '5' }, 'graphql')
    expect(five).toMatchObject({
      materialCost: '11',
      operationCost: '320',
      totalCost: '331',
      unitCost: '66.2',
    })
    expect(five.operations.map((o: any) => [o.step, o.minutes, o.ratePerHour, o.cost])).toEqual([
      ['Shape', '90', '40', '120'],
      ['Bake', '20', '600', '200'],
    ])
  })

  it('rolls sub-recipes up two levels; a component with nothing on hand costs its last purchase price', async () => {
    const b = await bakery()
    const water = await b.item('WATER', 'material', { standardCost: 9 })
    const supplier = await payload.create({
      collection: 'suppliers',
      data: { name: `Water works ${b.tag}` },
    })
    // Bought twice, the later order at 0.5; then all of it is poured away.
    for (const unitCost of [0.4, 0.5]) {
      const order = await payload.create({
        collection: 'purchase-orders',
        data: {
          lines: [{ item: water, quantity: 10, unitCost }],
          status: 'sent',
          supplier: supplier.id,
        },
      })
      const { body, status } = await api.rest('POST', '/manufacturing/receivePurchaseOrder', {
        body: { id: order.id, location: b.warehouse },
        token: admin,
      })
      expect(status, JSON.stringify(body)).toBe(200)
    }
    await payload.create({
      collection: 'inventory-adjustments',
      data: { lines: [{ item: water, quantityDelta: -20 }], location: b.warehouse, type: 'waste' },
    })
    const baker = await b.item('BAKER', 'resource')
    const dough = await b.item('DOUGH', 'product')
    const bread = await b.item('BREAD', 'product')
    const sandwich = await b.item('SANDWICH', 'product')
    // Dough: batches of 10 from 6 flour and 4 water.
    await b.bom({
      basis: 'per_batch',
      components: [
        { item: b.flour, quantity: 6 },
        { item: water, quantity: 4 },
      ],
      outputQuantity: 10,
      product: dough,
    })
    // Bread: 2 loaves from 1.5 dough and 0.25 flour, 30 minutes of a baker at 20 an hour.
    await b.bom({
      basis: 'per_unit',
      components: [
        { item: dough, quantity: 1.5 },
        { item: b.flour, quantity: 0.25 },
      ],
      operations: [
        {
          crewSize: 1,
          minutes: 30,
          ratePerHour: 20,
          resource: baker,
          resourceType: 'labor',
          step: 'Bake',
        },
      ],
      outputQuantity: 2,
      product: bread,
    })
    // A sandwich: 3 loaves, 6 minutes at 50 an hour.
    const id = await b.bom({
      basis: 'per_unit',
      components: [{ item: bread, quantity: 3 }],
      operations: [
        {
          crewSize: 1,
          minutes: 6,
          ratePerHour: 50,
          resource: baker,
          resourceType: 'labor',
          step: 'Fill',
        },
      ],
      outputQuantity: 1,
      product: sandwich,
    })
    for (const via of ['rest', 'graphql'] as const) {
      const cost = await costed({ id }, via)
      // 3 loaves: 2.25 dough (one whole batch: 6 × 2.75 + 4 × 0.5 = 18.5), 0.375 flour
      // (1.03125), 45 minutes (15): 34.53125. The sandwich adds 5.
      expect(cost).toMatchObject({
        materialCost: '34.53125',
        operationCost: '5',
        totalCost: '39.53125',
        unitCost: '39.53125',
      })
      const loaves = cost.lines[0]
      expect(loaves).toMatchObject({
        cost: '34.53125',
        item: { id: bread },
        quantity: '3',
        source: 'sub_recipe',
        unitCost: '11.510417',
      })
      expect(loaves.breakdown).toMatchObject({
        materialCost: '19.53125',
        operationCost: '15',
        quantity: '3',
        totalCost: '34.53125',
      })
      const batch = loaves.breakdown.lines[0]
      expect(batch).toMatchObject({
        cost: '18.5',
        item: { id: dough },
        quantity: '2.25',
        source: 'sub_recipe',
        unitCost: '8.222222',
      })
      expect(
        batch.breakdown.lines.map((l: any) => [
          l.item.id,
          l.quantity,
          l.unitCost,
          l.source,
          l.cost,
        ]),
      ).toEqual([
        [b.flour, '6', '2.75', 'on_hand', '16.5'],
        [water, '4', '0.5', 'last_purchase', '2'],
      ])
    }
  })

  it('gives a user without boms.viewCosts the recipe but no money figure at all', async () => {
    const b = await bakery()
    const baker = await b.item('BAKER', 'resource')
    const dough = await b.item('DOUGH', 'product')
    const pie = await b.item('PIE', 'product')
    await b.bom({ components: [{ item: b.flour, quantity: 1 }], outputQuantity: 1, product: dough })
    const id = await b.bom({
      components: [
        { item: dough, quantity: 2 },
        { item: b.flour, quantity: 1 },
      ],
      operations: [
        {
          crewSize: 1,
          minutes: 60,
          ratePerHour: 30,
          resource: baker,
          resourceType: 'labor',
          step: 'Bake',
        },
      ],
      outputQuantity: 1,
      product: pie,
    })
    const role = await payload.create({
      collection: 'roles',
      data: {
        name: `Cost-blind baker ${b.tag}`,
        permissions: permissionKeys.filter((key) => !key.endsWith('.viewCosts')),
      },
    })
    const email = `cost-blind-${b.tag}@example.com`
    await payload.create({
      collection: 'users',
      data: { email, name: `Baker ${b.tag}`, password: 'secret', roles: [role.id] },
    })
    const blind = await api.login(email, 'secret')
    for (const via of ['rest', 'graphql'] as const) {
      const answer = await bomCost({ id }, via, blind)
      expect(answer.status, answer.message).toBe(200)
      expect(costPaths(answer.body), via).toEqual([])
      expect(answer.body.lines.map((l: any) => [l.quantity, l.source])).toEqual([
        ['2', 'sub_recipe'],
        ['1', 'on_hand'],
      ])
      expect(answer.body.lines[0].breakdown.lines[0].quantity).toBe('2')
      expect(answer.body.operations[0]).toMatchObject({ minutes: '60', step: 'Bake' })
      expect(JSON.stringify(answer.body)).not.toMatch(/2\.75|38\.25/)
    }
    // The administrator sees them all.
    expect(await costed({ id })).toMatchObject({ totalCost: '38.25' })
  })

  it('refuses an unknown BOM, a bad quantity and a cycle with a 400 naming what is wrong', async () => {
    for (const via of ['rest', 'graphql'] as const) {
      const unknown = await bomCost({ id: 999_999 }, via)
      expect(unknown.status).toBe(400)
      expect(unknown.message).toMatch(/id: no bill of materials with id 999999/)
      const zero = await bomCost({ id: 0 }, via)
      expect(zero.status).toBe(400)
      expect(zero.message).toMatch(/id: must be the id of a bill of materials/)
    }
    const b = await bakery()
    const bread = await b.item('BREAD', 'product')
    const crumbs = await b.item('CRUMBS', 'product')
    const id = await b.bom({
      components: [{ item: b.flour, quantity: 1 }],
      outputQuantity: 1,
      product: bread,
    })
    for (const quantity of [0, -1, 'lots', '0.0000001']) {
      const bad = await bomCost({ id, quantity })
      expect(bad.status, String(quantity)).toBe(400)
      expect(bad.message).toMatch(/quantity: /)
    }
    // Crumbs are made from bread; an inactive bread recipe from crumbs closes the loop.
    await b.bom({ components: [{ item: bread, quantity: 1 }], outputQuantity: 1, product: crumbs })
    const loop = await b.bom({
      active: false,
      components: [{ item: crumbs, quantity: 1 }],
      outputQuantity: 1,
      product: bread,
    })
    for (const via of ['rest', 'graphql'] as const) {
      const cycle = await bomCost({ id: loop }, via)
      expect(cycle.status).toBe(400)
      expect(cycle.message).toContain(`BREAD ${b.tag} → CRUMBS ${b.tag} → BREAD ${b.tag}`)
    }
  })
})
