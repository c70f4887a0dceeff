import { createLocalReq, type Where } from 'payload'
import { parse } from 'qs-esm'
import { beforeAll, describe, expect, it } from 'vitest'

import { type Dashboard, type Figure, loadDashboard } from '../../src/dashboard/loadDashboard'
import { statusesByName, toyFixtures } from '../support/productionFixtures'
import { type SeededApp, seededApp } from '../support/seededApp'

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10)
const noon = (offset: number) => `${day(offset)}T12:00:00.000Z`

describe('the production dashboard’s figures', () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string
  let s: Record<string, number>
  let names: string[]
  let f: Awaited<ReturnType<typeof toyFixtures>>
  let other: number
  let ids: Record<string, number>

  const created = async (collection: string, body: Record<string, unknown>) => {
    const response = await api.rest('POST', `/${collection}`, { body, token: admin })
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    return response.body.doc.id as number
  }

  const as = async (email: string) => {
    const { docs } = await payload.find({
      collection: 'users',
      depth: 0,
      where: { email: { equals: email } },
    })
    return createLocalReq({ user: { ...docs[0]!, collection: 'users' } }, payload)
  }

  /** The list a figure links to, counted as Payload's list reads its URL. */
  const listed = async (href: string) => {
    const [path, query] = href.split('?')
    const slug = path!.split('/').pop() as 'executions'
    const where = (parse(query ?? '', { depth: 10 }) as { where?: Where }).where ?? {}
    return (await payload.count({ collection: slug, where })).totalDocs
  }
  const expectLinked = async (figure: Figure | undefined, count: number) => {
    expect(figure?.count).toBe(count)
    expect(await listed(figure!.href), figure!.href).toBe(count)
  }

  /**
   * A fresh floor with 10 plastic and 3 paint, and another floor: on the first, 10 toys in the
   * first status today (20 plastic and 10 paint needed), one late from yesterday, one done
   * yesterday (not late), one the day after tomorrow in the second status; an order late and one
   * due today; a run in progress; the toys' materials requested from the store. On the other
   * floor, one execution tomorrow.
   */
  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
    s = await statusesByName(payload)
    names = Object.keys(s)
    f = await toyFixtures(payload, { paint: 3, plastic: 10 })
    other = (
      await payload.create({
        collection: 'locations',
        data: { kind: 'production_floor', name: `Other floor ${f.tag}` },
      })
    ).id
    const plain = (
      await payload.create({
        collection: 'items',
        data: { kind: 'product', name: `Plain ${f.tag}`, sku: `PLAIN-${f.tag}`, unit: 'pcs' },
      })
    ).id
    const [first, second] = [s[names[0]!]!, s[names[1]!]!]
    const final = s[names[names.length - 1]!]!
    // Plain products are made of labels, of which both floors hold plenty.
    const label = (
      await payload.create({
        collection: 'items',
        data: { kind: 'material', name: `Label ${f.tag}`, sku: `LABEL-${f.tag}`, unit: 'pcs' },
      })
    ).id
    for (const location of [f.floor, other])
      await payload.create({
        collection: 'inventory-adjustments',
        data: { lines: [{ item: label, quantityDelta: 1000 }], location, type: 'found' },
      })
    await payload.create({
      collection: 'boms',
      data: {
        basis: 'per_unit',
        components: [{ item: label, quantity: 1 }],
        outputQuantity: 1,
        product: plain,
      },
    })
    const execution = (product: number, offset: number, status: number, floor = f.floor) =>
      created('executions', {
        plannedQuantity: 10,
        product,
        productionDate: noon(offset),
        productionFloor: floor,
        status,
        ...(status === final ? { producedQuantity: 10 } : {}),
      })
    ids = {
      done: await execution(plain, -1, final),
      late: await execution(plain, -1, first),
      later: await execution(plain, 2, second),
      other: await execution(plain, 1, first, other),
      toys: await execution(f.toy, 0, first),
    }
    const { docs: operators } = await payload.find({
      collection: 'users',
      where: { email: { equals: 'operator@example.com' } },
    })
    await payload.update({
      collection: 'executions',
      data: { employee: operators[0]!.id },
      id: ids.toys!,
    })
    await created('manufacturing-orders', {
      deadline: noon(-2),
      location: f.floor,
      product: plain,
      quantity: 1,
    })
    await created('manufacturing-orders', {
      deadline: noon(0),
      location: f.floor,
      product: plain,
      quantity: 1,
    })
    const process = await created('processes', {
      name: `Toys ${f.tag}`,
      stages: [{ name: 'Moulding' }, { name: 'Painting' }],
    })
    const run = await created('production-runs', {
      description: `Toys ${f.tag}`,
      location: f.floor,
      process,
    })
    const recorded = await api.rest('POST', '/manufacturing/recordInputs', {
      body: { lines: [{ item: label, quantity: 1 }], run, stage: 'Moulding' },
      token: admin,
    })
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(200)
    await created('production-runs', {
      description: `Not started ${f.tag}`,
      location: f.floor,
      process,
    })
    const { docs: stores } = await payload.find({
      collection: 'locations',
      limit: 1,
      where: { kind: { equals: 'warehouse' } },
    })
    const raised = await api.rest('POST', '/manufacturing/requestMaterials', {
      body: { executions: [ids.toys], source: stores[0]!.id },
      token: admin,
    })
    expect(raised.status, JSON.stringify(raised.body)).toBe(200)
  })

  const planner = async (options: { days?: number; floor?: number } = {}) =>
    loadDashboard(await as('planner@example.com'), { floor: f.floor, ...options })
  const statusRow = (figures: Dashboard['executions'], name: string) =>
    figures!.statuses.find((row) => row.status.name === name)!

  it('counts executions and orders by status and day, each linked to exactly its list', async () => {
    const d = await planner()
    expect(d.window.days).toEqual([day(0), day(1), day(2)])
    await expectLinked(d.executions!.total, 2)
    await expectLinked(statusRow(d.executions, names[0]!).perDay[0], 1)
    await expectLinked(statusRow(d.executions, names[1]!).perDay[2], 1)
    await expectLinked(statusRow(d.executions, names[1]!).total, 1)
    await expectLinked(d.executions!.perDay[1], 0)
    await expectLinked(d.orders!.total, 1)
    const today = await planner({ days: 1 })
    await expectLinked(today.executions!.total, 1)
  })

  it('counts as late what is dated before today and not done', async () => {
    const d = await planner()
    await expectLinked(d.executions!.late, 1)
    await expectLinked(d.orders!.late, 1)
  })

  it('lists what the floor cannot cover, what is missing and how it can come', async () => {
    const d = await planner()
    const lines = d.short!.lines.map((line) => [
      line.item.id,
      line.needed,
      line.onFloor,
      line.missing,
    ])
    expect(lines.sort()).toEqual(
      [
        [f.plastic, '20', '10', '10'],
        [f.paint, '10', '3', '7'],
      ].sort(),
    )
    for (const line of d.short!.lines) {
      await expectLinked(line.executions, 1)
      // Nothing in the warehouses or on order: all of it is to buy, valued at standard cost.
      expect(line.short).toBe(line.missing)
      expect(line.buy).toBe(line.executions.href)
      expect(line.request).toBeUndefined()
    }
    expect(d.short!.value).toBe('55.00')
  })

  it('shows the store queue and the runs in progress with their stage', async () => {
    const d = await planner()
    await expectLinked(d.storeQueue!.total, 1)
    await expectLinked(
      d.storeQueue!.states.find((state) => state.state === 'requested'),
      1,
    )
    await expectLinked(d.runs!.total, 2)
    expect(d.runs!.runs.map((run) => run.stage)).toEqual([null, 'Moulding'])
  })

  it('covers every floor, or the one chosen', async () => {
    const one = await planner({ floor: other })
    await expectLinked(one.executions!.total, 1)
    const all = await loadDashboard(await as('planner@example.com'))
    expect(all.floors.chosen).toBeNull()
    expect(all.floors.choosable.map((floor) => floor.id)).toEqual(
      expect.arrayContaining([f.floor, other]),
    )
    expect(all.executions!.total.count).toBeGreaterThanOrEqual(3)
    await expectLinked(all.executions!.total, all.executions!.total.count)
    await expectLinked(all.executions!.late, all.executions!.late.count)
  })

  it('shows a viewer every figure but no money and nothing to act on', async () => {
    const d = await loadDashboard(await as('viewer@example.com'), { floor: f.floor })
    expect(d.sections.money).toBe(false)
    expect(d.short!.value).toBeUndefined()
    expect(d.short!.lines.length).toBe(2)
    for (const line of d.short!.lines) expect(line).not.toHaveProperty('value')
    for (const line of d.short!.lines)
      expect([line.buy, line.request]).toEqual([undefined, undefined])
    expect(JSON.stringify(d)).not.toMatch(/value|cost/i)
    expect(d.executions!.total.count).toBe(2)
  })

  it('shows an operator only the floors of the production assigned to them', async () => {
    const operator = await as('operator@example.com')
    const d = await loadDashboard(operator, { floor: other })
    expect(d.floors.floorBound).toBe(true)
    const choosable = d.floors.choosable.map((floor) => floor.id)
    expect(choosable).toContain(f.floor)
    expect(choosable).not.toContain(other)
    // Asking for a floor not theirs covers their own floors instead.
    expect(d.floors.chosen).toBeNull()
    const own = await loadDashboard(await as('operator@example.com'), { floor: f.floor })
    await expectLinked(own.executions!.total, 2)
    const everything = await loadDashboard(await as('operator@example.com'))
    await expectLinked(everything.executions!.perDay[1], everything.executions!.perDay[1]!.count)
    expect(everything.storeQueue).toBeUndefined()
    expect(everything.sections.money).toBe(false)
  })
})
