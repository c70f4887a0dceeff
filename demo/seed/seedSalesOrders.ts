import type { PayloadRequest } from 'payload'

import { findOrCreate } from './seedInventory'

/** A customer's open order: two lines have recipes ("Create executions"), one is resold. */
export const demoSalesOrder = {
  customer: { code: 'VELO', email: 'buying@velocity.example', name: 'Velocity Bike Shop' },
  deadline: '2026-12-18T12:00:00.000Z',
  lines: [
    { quantity: 4, sku: 'BIKE' },
    { quantity: 10, sku: 'TOY' },
    { quantity: 2, sku: 'PNT-RED' },
  ],
  notes: 'Demo: confirmed, production not created yet.',
} as const

/**
 * The demo's sales: one customer and one confirmed order, left for the user to turn into
 * production. Idempotent: the customer by name, the order by its notes.
 */
export async function seedSalesOrders(req: PayloadRequest, created: string[]): Promise<void> {
  const { customer } = demoSalesOrder
  const customerId = await findOrCreate(
    req,
    'customers',
    { name: { equals: customer.name } },
    { ...customer },
    created,
  )
  const { totalDocs } = await req.payload.count({
    collection: 'sales-orders',
    req,
    where: { notes: { equals: demoSalesOrder.notes } },
  })
  if (totalDocs > 0) return
  const { docs: items } = await req.payload.find({
    collection: 'items',
    depth: 0,
    pagination: false,
    req,
    select: { sku: true },
    where: { sku: { in: demoSalesOrder.lines.map((line) => line.sku) } },
  })
  const idOf = new Map(items.map((item) => [item.sku, item.id]))
  await req.payload.create({
    collection: 'sales-orders',
    data: {
      customer: customerId,
      deadline: demoSalesOrder.deadline,
      lines: demoSalesOrder.lines.map((line) => {
        const item = idOf.get(line.sku)
        if (item === undefined) throw new Error(`The demo sales order needs item ${line.sku}`)
        return { item, quantity: line.quantity }
      }),
      notes: demoSalesOrder.notes,
      status: 'confirmed',
    },
    req,
  })
  created.push('sales-orders demo order')
}
