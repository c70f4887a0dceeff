import { expect } from 'vitest'

import { statusesByName } from './productionFixtures'
import type { SeededApp } from './seededApp'

let counter = 0
const dayMs = 86_400_000

/** `offset` days from today (UTC), as `YYYY-MM-DD`. */
export const utcDay = (offset = 0) =>
  new Date(Date.now() + offset * dayMs).toISOString().slice(0, 10)

/**
 * A small known history on a floor of its own, made through the API: bolts made of steel (2 a
 * bolt, received at 3.5 a unit, standard cost of a bolt 6), executions planned two days ago,
 * yesterday (two, one completed and reopened), today and 40 days ago, one completed today having
 * made 8 bolts; a manufacturing
 * order due two days ago; a production run whose sorting stage lost 2 waste and 1 rejection
 * (and one reversed waste) and whose cutting stage lost 1.5 scrap; and a store holding 10 steel.
 */
export async function chartHistory({ admin, api, payload }: SeededApp) {
  const tag = `${Date.now().toString(36)}${(counter++).toString(36)}`
  const ok = async (method: 'PATCH' | 'POST', path: string, body: Record<string, unknown>) => {
    const response = await api.rest(method, path, { body, token: admin })
    expect(response.status, JSON.stringify(response.body)).toBeLessThan(300)
    return response.body
  }
  const location = async (name: string, kind: 'production_floor' | 'warehouse') =>
    (await payload.create({ collection: 'locations', data: { kind, name: `${name} ${tag}` } })).id
  const item = async (sku: string, data: Record<string, unknown>) =>
    (
      await payload.create({
        collection: 'items',
        data: {
          kind: 'material',
          name: `${sku} ${tag}`,
          sku: `${sku}-${tag}`,
          unit: 'pcs',
          ...data,
        },
      })
    ).id
  const floor = await location('Chart floor', 'production_floor')
  const store = await location('Chart store', 'warehouse')
  const offcut = await item('OFFCUT', { standardCost: 1 })
  const steel = await item('STEEL', { scrapItem: offcut, standardCost: 3 })
  const bolt = await item('BOLT', { kind: 'product', standardCost: 6 })
  const { docs } = await payload.find({
    collection: 'locations',
    where: { kind: { equals: 'virtual' } },
  })
  const supplier = docs.find((doc) => doc.virtualRole === 'supplier')!.id
  await ok('POST', '/manufacturing/postStockMovements', {
    key: `chart-steel-${tag}`,
    lines: [
      { to: floor, quantity: 100 },
      { to: store, quantity: 10 },
    ].map((line) => ({
      ...line,
      from: supplier,
      item: steel,
      newLot: { unitCost: 3.5 },
      reason: 'receipt',
    })),
  })
  await payload.create({
    collection: 'boms',
    data: {
      basis: 'per_unit',
      components: [{ item: steel, quantity: 2 }],
      outputQuantity: 1,
      product: bolt,
    },
  })
  const execution = async (productionDate: string, plannedQuantity: number) =>
    (
      await ok('POST', '/executions', {
        plannedQuantity,
        product: bolt,
        productionDate,
        productionFloor: floor,
      })
    ).doc.id as number
  await execution(utcDay(-2), 4)
  await execution(utcDay(-1), 5)
  await execution(utcDay(-40), 7)
  const today = await execution(utcDay(0), 10)
  const s = await statusesByName(payload)
  await ok('PATCH', `/executions/${today}`, { producedQuantity: 8, status: s.Completed })
  // Made yesterday's plan, then reopened: its output, taken back, was never made.
  const undone = await execution(utcDay(-1), 5)
  await ok('PATCH', `/executions/${undone}`, { producedQuantity: 5, status: s.Completed })
  await ok('POST', '/manufacturing/reopenExecution', { id: undone, reason: 'counted twice' })
  await ok('POST', '/manufacturing-orders', {
    deadline: `${utcDay(-2)}T12:00:00.000Z`,
    location: floor,
    product: bolt,
    quantity: 3,
  })
  await stageLosses(ok, { floor, steel, tag })
  return { bolt, floor, offcut, steel, store, tag }
}

type Ok = (method: 'PATCH' | 'POST', path: string, body: Record<string, unknown>) => Promise<any>

/** A two-stage run on the floor: losses at both stages, one of them reversed. */
async function stageLosses(
  ok: Ok,
  { floor, steel, tag }: { floor: number; steel: number; tag: string },
) {
  const process = await ok('POST', '/processes', {
    name: `Bolt shop ${tag}`,
    stages: [{ name: 'Sorting' }, { name: 'Cutting' }],
  })
  const run = (
    await ok('POST', '/production-runs', {
      description: `Bolts ${tag}`,
      location: floor,
      process: process.doc.id,
    })
  ).doc.id
  const record = (kind: 'Inputs' | 'Losses', stage: string, lines: unknown[]) =>
    ok('POST', `/manufacturing/record${kind}`, { lines, run, stage })
  await record('Inputs', 'Sorting', [{ item: steel, quantity: 20 }])
  const sorting = await record('Losses', 'Sorting', [
    { item: steel, quantity: 2, type: 'waste' },
    { item: steel, quantity: 1, type: 'rejection' },
    { item: steel, quantity: 4, type: 'waste' },
  ])
  await ok('POST', '/manufacturing/reverseEntry', { entry: sorting.entries[2].id })
  await record('Inputs', 'Cutting', [{ item: steel, quantity: 5 }])
  await record('Losses', 'Cutting', [{ item: steel, quantity: 1.5, type: 'scrap' }])
}
