import type { PayloadRequest } from 'payload'

import { post } from '../../src/ledger'
import { virtualLocation } from '../../src/inventory/virtualLocation'
import { demoDay, demoNoon } from './demoDays'
import {
  historyExecutions,
  historyFloor,
  historyOrderNotes,
  historyOrders,
  historyStock,
  timberItems,
  timberRuns,
  timberStages,
} from './demoHistory'
import { createExecutionOnce, demoStatusIds, itemIdsBySku } from './demoLookups'
import { findOrCreate } from './seedInventory'
import { seedRun } from './seedRuns'

type Statuses = NonNullable<Awaited<ReturnType<typeof demoStatusIds>>>
type Context = { floor: number; item: (sku: string) => number; statuses: Statuses }

/** The oak milling process and its items (scrap goes to wood chips), for its runs. */
async function seedTimber(req: PayloadRequest, created: string[], floor: number) {
  const ids = new Map<string, number>()
  for (const timber of timberItems) {
    const data = {
      kind: timber.kind,
      name: timber.name,
      scrapItem: 'scrap' in timber ? ids.get('WOOD-CHIPS') : undefined,
      sku: timber.sku,
      standardCost: timber.standardCost,
      unit: 'kg',
    }
    ids.set(
      timber.sku,
      await findOrCreate(req, 'items', { sku: { equals: timber.sku } }, data, created),
    )
  }
  const process = await findOrCreate(
    req,
    'processes',
    { name: { equals: 'Oak milling' } },
    {
      description: 'Oak logs are sawn into boards, dried and planed; every stage loses wood.',
      name: 'Oak milling',
      stages: timberStages.map((name) => ({ name })),
    },
    created,
  )
  const where = { location: floor, process, product: ids.get('OAK-PLANK')!, stages: timberStages }
  return async () => {
    for (const run of timberRuns()) await seedRun(req, created, where, run, (sku) => ids.get(sku)!)
  }
}

/** Wheels and bicycles of the last month, each created where it stands in one save. */
async function seedHistoryExecutions(req: PayloadRequest, created: string[], c: Context) {
  let made = 0
  for (const execution of historyExecutions()) {
    const fresh = await createExecutionOnce(req, {
      lotLabel: execution.lotLabel,
      plannedQuantity: execution.plannedQuantity,
      producedQuantity: execution.producedQuantity,
      product: c.item(execution.product),
      productionDate: demoDay(execution.day),
      productionFloor: c.floor,
      status: c.statuses[execution.status],
    })
    if (fresh) made++
  }
  if (made) created.push(`executions of the last month on ${historyFloor.name} (${made})`)
}

/** The workshop's table orders, each created where it stands. */
async function seedHistoryOrders(req: PayloadRequest, created: string[], c: Context) {
  for (const order of historyOrders) {
    const notes = historyOrderNotes(order.day)
    const { totalDocs } = await req.payload.count({
      collection: 'manufacturing-orders',
      req,
      where: { notes: { equals: notes } },
    })
    if (totalDocs > 0) continue
    const doc = await req.payload.create({
      collection: 'manufacturing-orders',
      data: {
        deadline: demoNoon(order.day),
        location: c.floor,
        mode: 'discrete',
        notes,
        product: c.item('TABLE'),
        quantity: order.quantity,
        status: c.statuses[order.status],
      },
      depth: 0,
      req,
    })
    created.push(`manufacturing-orders ${doc.orderNumber} (${order.status})`)
  }
}

/**
 * The workshop's month (see demoHistory): its floor and stock, the executions and orders of the
 * last 30 days and the next few, and the oak milling runs. Only on the demo workflow.
 * Idempotent: by name, SKU, lot label, notes and description; the stock posting has a fixed key.
 */
export async function seedHistory(req: PayloadRequest, created: string[]): Promise<void> {
  const statuses = await demoStatusIds(req)
  if (!statuses) return
  const floor = await findOrCreate(
    req,
    'locations',
    { name: { equals: historyFloor.name } },
    { ...historyFloor },
    created,
  )
  const millOak = await seedTimber(req, created, floor)
  const item = await itemIdsBySku(req, [
    ...historyStock.map((s) => s.sku),
    'BIKE',
    'WHEEL',
    'TABLE',
  ])
  const context: Context = { floor, item, statuses }
  const supplier = await virtualLocation(req, 'supplier')
  const bought = await post(req, {
    key: 'seed/workshop-stock',
    lines: historyStock.map((lot) => ({
      from: supplier,
      item: item(lot.sku),
      newLot: { receivedAt: demoNoon(-35), unitCost: lot.unitCost },
      quantity: lot.quantity,
      reason: 'receipt' as const,
      to: floor,
    })),
  })
  if (!bought.replayed) created.push(`workshop stock (${bought.movements.length} lots)`)
  await seedHistoryExecutions(req, created, context)
  await seedHistoryOrders(req, created, context)
  await millOak()
}
