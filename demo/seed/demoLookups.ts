import type { PayloadRequest } from 'payload'

import type { DemoStatusName } from './demoProduction'
import { demoStatuses } from './seedWorkflow'

/**
 * The demo workflow's status ids by name, or null when an admin reshaped the workflow (the demo's
 * production is only seeded on its own workflow).
 */
export async function demoStatusIds(
  req: PayloadRequest,
): Promise<null | Record<DemoStatusName, number>> {
  const { docs } = await req.payload.find({
    collection: 'production-statuses',
    depth: 0,
    pagination: false,
    req,
    sort: '_order',
  })
  const names = (list: readonly { name: string }[]) => list.map((s) => s.name).join(' → ')
  if (names(docs) !== names(demoStatuses)) return null
  return Object.fromEntries(docs.map((s) => [s.name, s.id])) as Record<DemoStatusName, number>
}

/** Item ids by SKU, failing loudly when an earlier seed did not create one. */
export async function itemIdsBySku(
  req: PayloadRequest,
  skus: readonly string[],
): Promise<(sku: string) => number> {
  const { docs } = await req.payload.find({
    collection: 'items',
    depth: 0,
    pagination: false,
    req,
    select: { sku: true },
    where: { sku: { in: [...new Set(skus)] } },
  })
  const ids = new Map(docs.map((item) => [item.sku, item.id]))
  return (sku) => {
    const id = ids.get(sku)
    if (id === undefined) throw new Error(`The demo seed needs item ${sku}`)
    return id
  }
}

/** Whether an execution with this lot label exists (the seed's executions are found by it). */
export async function hasExecution(req: PayloadRequest, lotLabel: string): Promise<boolean> {
  const { totalDocs } = await req.payload.count({
    collection: 'executions',
    req,
    where: { lotLabel: { equals: lotLabel } },
  })
  return totalDocs > 0
}

type DemoExecution = {
  lotLabel: string
  plannedQuantity: number
  producedQuantity?: number
  product: number
  productionDate: string
  productionFloor: number
  salesOrder?: number
  salesOrderLine?: null | string
  status: number
}

/**
 * An execution created where it stands, in one save (a completed one cannot be edited after), unless
 * one with its lot label exists; whether it was created.
 */
export async function createExecutionOnce(
  req: PayloadRequest,
  data: DemoExecution,
): Promise<boolean> {
  if (await hasExecution(req, data.lotLabel)) return false
  await req.payload.create({ collection: 'executions', data, depth: 0, req })
  return true
}
