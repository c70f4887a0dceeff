import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { demoDay } from '../../demo/seed/demoDays'
import { historyFloor } from '../../demo/seed/demoHistory'
import { runSeed } from '../../demo/seed/runSeed'
import { onHandAt } from '../support/productionFixtures'
import { testPayload } from '../support/testPayload'

/** The demo's last month on the workshop floor: what the production dashboard reads. */
describe('the demo month', () => {
  let payload: Payload
  let floor: number
  const nameOf = (relation: unknown) => (relation as { name: string }).name
  const executionsOnFloor = async () =>
    (
      await payload.find({
        collection: 'executions',
        depth: 1,
        pagination: false,
        where: { productionFloor: { equals: floor } },
      })
    ).docs

  beforeAll(async () => {
    ;({ payload } = await testPayload())
    await runSeed(payload)
    const { docs } = await payload.find({
      collection: 'locations',
      where: { name: { equals: historyFloor.name } },
    })
    floor = docs[0]!.id
  })

  it('completed work on each of the last 30 days, not always all that was planned, costing other than the standard', async () => {
    const done = (await executionsOnFloor()).filter((e) => nameOf(e.status) === 'Completed')
    const days = new Set(done.map((e) => e.productionDate!.slice(0, 10)))
    for (let day = -30; day <= -3; day++) expect(days, demoDay(day)).toContain(demoDay(day))
    expect(done.some((e) => e.producedQuantity! < e.plannedQuantity!)).toBe(true)
    for (const e of done) {
      const standard = (e.product as { standardCost: number }).standardCost
      expect(e.costs?.unitCost, e.lotLabel!).toBeGreaterThan(0)
      expect(e.costs?.unitCost, e.lotLabel!).not.toBe(standard)
    }
    const { docs: orders } = await payload.find({
      collection: 'manufacturing-orders',
      depth: 0,
      pagination: false,
      where: { location: { equals: floor } },
    })
    const doneOrders = orders.filter((o) => o.productionState === 'done')
    expect(new Set(doneOrders.map((o) => o.deadline!.slice(0, 10))).size).toBe(6)
  })

  it('has late work: dates past, not done, executions and a manufacturing order', async () => {
    const today = demoDay(0)
    const late = (await executionsOnFloor()).filter(
      (e) => e.productionDate!.slice(0, 10) < today && nameOf(e.status) !== 'Completed',
    )
    expect(late.map((e) => nameOf(e.status)).sort()).toEqual(['Assembly', 'Packaging', 'Painting'])
    const { docs: orders } = await payload.find({
      collection: 'manufacturing-orders',
      depth: 0,
      where: {
        deadline: { less_than: `${today}T00:00:00.000Z` },
        location: { equals: floor },
        productionState: { not_equals: 'done' },
      },
    })
    expect(orders).toHaveLength(1)
  })

  it('has short work: the coming bicycles and tables need more paint and tops than the floor has', async () => {
    const sku = async (code: string) =>
      (await payload.find({ collection: 'items', where: { sku: { equals: code } } })).docs[0]!.id
    const coming = (await executionsOnFloor()).filter(
      (e) => e.productionDate!.slice(0, 10) >= demoDay(0) && nameOf(e.status) === 'Plan',
    )
    const paint = await sku('PNT-RED')
    const needed = coming
      .flatMap((e) => e.requirements ?? [])
      .filter((r) => (typeof r.item === 'object' ? r.item.id : r.item) === paint)
      .reduce((sum, r) => sum + r.requiredQuantity, 0)
    expect(needed).toBeGreaterThan(await onHandAt(payload, paint, floor))
    expect(await onHandAt(payload, await sku('TOP'), floor)).toBeLessThan(4)
  })

  it('milled oak in runs that lost wood by waste, rejection and scrap at several stages', async () => {
    const { docs: runs } = await payload.find({
      collection: 'production-runs',
      depth: 1,
      pagination: false,
      where: { 'process.name': { equals: 'Oak milling' } },
    })
    expect(runs.map((r) => r.status).sort()).toEqual([
      'completed',
      'completed',
      'completed',
      'in_progress',
    ])
    const { docs: losses } = await payload.find({
      collection: 'production-run-entries',
      depth: 0,
      pagination: false,
      where: {
        kind: { in: ['waste', 'rejection', 'scrap'] },
        run: { in: runs.map((r) => r.id) },
      },
    })
    const kinds = new Set(losses.map((l) => `${l.stageName} ${l.kind}`))
    for (const stage of ['Sawing', 'Drying', 'Planing'])
      expect(kinds, stage).toContain(`${stage} waste`)
    for (const kind of ['waste', 'rejection', 'scrap'])
      expect(losses.some((l) => l.kind === kind)).toBe(true)
  })
})
