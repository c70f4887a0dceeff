import type { PayloadRequest, TypedUser } from 'payload'

import { post } from '../../src/ledger'
import { createManufacturingOrdersFromSalesOrder } from '../../src/manufacturingOrders/actions/createManufacturingOrdersFromSalesOrder'
import { virtualLocation } from '../../src/inventory/virtualLocation'
import { demoLocations } from './demoInventory'
import {
  demoMadeToOrderSku,
  demoManufacturingOrders,
  demoManufacturingStock,
} from './demoManufacturing'
import { demoUsers } from './demoUsers'
import { demoSalesOrder } from './seedSalesOrders'
import { demoStatusIds } from './demoLookups'
import { demoStatuses } from './seedWorkflow'

/** Ids of the demo's items and locations, failing loudly when an earlier seed lacks one. */
async function demoIds(req: PayloadRequest) {
  const { docs: items } = await req.payload.find({
    collection: 'items',
    depth: 0,
    pagination: false,
    req,
    select: { sku: true },
    where: {
      sku: {
        in: [
          ...demoManufacturingStock.map((s) => s.sku),
          ...demoManufacturingOrders.map((o) => o.product),
        ],
      },
    },
  })
  const { docs: locations } = await req.payload.find({
    collection: 'locations',
    depth: 0,
    pagination: false,
    req,
    where: { name: { in: demoLocations.map((l) => l.name) } },
  })
  const need = (what: string, id: number | undefined) => {
    if (id === undefined) throw new Error(`The demo manufacturing orders need ${what}`)
    return id
  }
  return {
    item: (sku: string) => need(`item ${sku}`, items.find((i) => i.sku === sku)?.id),
    location: (code: string) => {
      const name = demoLocations.find((l) => l.code === code)?.name
      return need(`location ${code}`, locations.find((l) => l.name === name)?.id)
    },
  }
}

/** The demo sales order's line made to order: through the action, as the admin would. */
async function makeToOrder(req: PayloadRequest, created: string[]) {
  const admin = demoUsers.find((user) => user.role === 'Administrator')!
  const { docs: users } = await req.payload.find({
    collection: 'users',
    depth: 0,
    limit: 1,
    req,
    where: { email: { equals: admin.email } },
  })
  const { docs: orders } = await req.payload.find({
    collection: 'sales-orders',
    depth: 1,
    limit: 1,
    req,
    where: { notes: { equals: demoSalesOrder.notes } },
  })
  const line = orders[0]?.lines.find(
    (l) => typeof l.item === 'object' && l.item.sku === demoMadeToOrderSku,
  )
  if (!users[0] || !orders[0] || !line) return
  // The action applies the user's own permissions: it runs as the demo administrator, in the
  // seed's transaction.
  const user = { ...users[0], collection: 'users' } as TypedUser
  const { created: made } = await createManufacturingOrdersFromSalesOrder.perform(
    { ...req, user } as PayloadRequest,
    { lines: [line.id!], salesOrder: orders[0].id },
  )
  for (const order of made)
    created.push(`manufacturing-orders ${order.orderNumber} (made to order)`)
}

/**
 * The demo's manufacturing orders, after production and sales: the stock they use, an order in
 * each production state moved status by status through the Local API so the rules post as they
 * would, and one made to order from the demo sales order. Only on the demo workflow. Idempotent:
 * the stock posting has a fixed key, orders are found by their notes and the made-to-order one by
 * its sales order line.
 */
export async function seedManufacturingOrders(
  req: PayloadRequest,
  created: string[],
): Promise<void> {
  const { payload } = req
  const statusIds = await demoStatusIds(req)
  if (!statusIds) return
  const path = demoStatuses.map((s) => statusIds[s.name])
  const { item, location } = await demoIds(req)

  const adjustment = await virtualLocation(req, 'adjustment')
  const found = await post(req, {
    key: 'seed/manufacturing-stock',
    lines: demoManufacturingStock.map((lot) => ({
      from: adjustment,
      item: item(lot.sku),
      newLot: { receivedAt: lot.receivedAt, unitCost: lot.unitCost },
      quantity: lot.quantity,
      reason: 'adjustment' as const,
      to: location(lot.location),
    })),
  })
  if (!found.replayed) created.push(`manufacturing stock (${found.movements.length} lots)`)

  for (const order of demoManufacturingOrders) {
    const { totalDocs } = await payload.count({
      collection: 'manufacturing-orders',
      req,
      where: { notes: { equals: order.notes } },
    })
    if (totalDocs > 0) continue
    const doc = await payload.create({
      collection: 'manufacturing-orders',
      data: {
        blocked: order.blocked ?? false,
        deadline: order.deadline,
        location: location(order.location),
        notes: order.notes,
        product: item(order.product),
        status: path[0]!,
        ...(order.batches
          ? { batches: order.batches, mode: 'batch' as const }
          : { mode: 'discrete' as const, quantity: order.quantity }),
      },
      depth: 0,
      req,
    })
    const target = demoStatuses.findIndex((s) => s.name === order.status)
    for (let at = 1; at <= target; at++)
      await payload.update({
        collection: 'manufacturing-orders',
        data: { status: path[at] },
        depth: 0,
        id: doc.id,
        req,
      })
    created.push(`manufacturing-orders ${doc.orderNumber} (${order.status})`)
  }
  await makeToOrder(req, created)
}
