import type { PayloadRequest } from 'payload'

import { post } from '../../src/ledger'
import { virtualLocation } from '../../src/inventory/virtualLocation'
import { demoDay, demoNoon } from './demoDays'
import { createExecutionOnce, demoStatusIds, itemIdsBySku } from './demoLookups'
import {
  recallCustomer,
  recallExecutions,
  recallFloor,
  recallLots,
  recallSalesOrder,
} from './demoRecall'
import { findOrCreate } from './seedInventory'

/** The trattoria's order of pizzas, created before the pizzas that make it. */
async function trattoriaOrder(req: PayloadRequest, pizza: number, created: string[]) {
  const customer = await findOrCreate(
    req,
    'customers',
    { name: { equals: recallCustomer.name } },
    { ...recallCustomer },
    created,
  )
  const { docs } = await req.payload.find({
    collection: 'sales-orders',
    depth: 0,
    limit: 1,
    req,
    where: { notes: { equals: recallSalesOrder.notes } },
  })
  if (docs[0]) return docs[0]
  const order = await req.payload.create({
    collection: 'sales-orders',
    data: {
      customer,
      deadline: demoNoon(-9),
      lines: [{ item: pizza, quantity: recallSalesOrder.quantity }],
      notes: recallSalesOrder.notes,
      status: 'confirmed',
    },
    req,
  })
  created.push(`sales-orders ${order.number ?? order.id} (${recallCustomer.name})`)
  return order
}

/**
 * The recall case (see demoRecall): its floor, its lots received there under their own codes,
 * the trattoria's order and the four executions, each created completed so the workflow's rules
 * post everything due in one save. Idempotent: by name, notes and lot label; the receipt has a
 * fixed key.
 */
export async function seedRecall(req: PayloadRequest, created: string[]): Promise<void> {
  const statuses = await demoStatusIds(req)
  if (!statuses) return
  const item = await itemIdsBySku(req, [
    ...recallLots.map((lot) => lot.sku),
    ...recallExecutions.map((execution) => execution.product),
  ])
  const floor = await findOrCreate(
    req,
    'locations',
    { name: { equals: recallFloor.name } },
    { ...recallFloor },
    created,
  )
  const supplier = await virtualLocation(req, 'supplier')
  const received = await post(req, {
    key: 'seed/recall-lots',
    lines: recallLots.map((lot) => ({
      from: supplier,
      item: item(lot.sku),
      newLot: { code: lot.code, receivedAt: demoNoon(-lot.daysAgo), unitCost: lot.unitCost },
      quantity: lot.quantity,
      reason: 'receipt' as const,
      to: floor,
    })),
  })
  if (!received.replayed) created.push(`recall lots (${received.movements.length} lots)`)
  const order = await trattoriaOrder(req, item(recallSalesOrder.sku), created)
  for (const execution of recallExecutions) {
    const fresh = await createExecutionOnce(req, {
      lotLabel: execution.lotLabel,
      plannedQuantity: execution.plannedQuantity,
      producedQuantity: execution.producedQuantity,
      product: item(execution.product),
      productionDate: demoDay(-execution.daysAgo),
      productionFloor: floor,
      status: statuses.Completed,
      ...(execution.forOrder ? { salesOrder: order.id, salesOrderLine: order.lines[0]!.id } : {}),
    })
    if (fresh) created.push(`executions ${execution.lotLabel} (Completed)`)
  }
}
