import type { PayloadRequest } from 'payload'

import { hasPermission } from '../access/userPermissions'
import { loadWorkflow, type StatusDoc } from '../workflow/workflow'
import { executionSupply } from './rules/floorSupply'
import { nextStatus } from './rules/nextStatus'

type Item = { name?: string; sku?: string; unit?: string }

export type StationLine = { item: string; quantity: string; supply: string }

export type ExecutionStationData = {
  code: string
  current: null | StatusDoc
  date: string
  id: number
  lines: StationLine[]
  lotLabel: null | string
  /** What the user may do: move it along, and move it into or out of the last status. */
  may: { finalize: boolean; move: boolean }
  next: null | StatusDoc
  /** The next status is the last: entering it needs the produced quantity. */
  nextIsLast: boolean
  plannedQuantity: string
  producedQuantity: null | string
  product: string
  unit: string
}

const itemOf = (value: unknown): Item => (value && typeof value === 'object' ? (value as Item) : {})

/** An execution as its station shows it, read as the user may read it; null when they may not. */
export async function executionStation(
  req: PayloadRequest,
  id: number,
): Promise<ExecutionStationData | null> {
  const { docs } = await req.payload.find({
    collection: 'executions',
    depth: 1,
    limit: 1,
    overrideAccess: false,
    populate: { items: { name: true, sku: true, unit: true } },
    req,
    select: {
      code: true,
      lotLabel: true,
      plannedQuantity: true,
      producedQuantity: true,
      product: true,
      productionDate: true,
      requirements: true,
      status: true,
    },
    user: req.user,
    where: { id: { equals: id } },
  })
  const doc = docs[0]
  if (!doc) return null
  const workflow = await loadWorkflow(req)
  const statusId = typeof doc.status === 'object' ? doc.status.id : doc.status
  const next = nextStatus(workflow.order, statusId)
  const product = itemOf(doc.product)
  return {
    code: doc.code ?? `Execution ${doc.id}`,
    current: workflow.statuses.find((status) => status.id === statusId) ?? null,
    date: String(doc.productionDate ?? '').slice(0, 10),
    id: doc.id,
    lines: (doc.requirements ?? []).map((requirement) => {
      const item = itemOf(requirement.item)
      return {
        item: `${item.sku ?? ''} ${item.name ?? ''}`.trim(),
        quantity: `${requirement.requiredQuantity} ${item.unit ?? ''}`.trim(),
        supply:
          requirement.kind === 'supplied'
            ? executionSupply([requirement.supplyStatus]).label
            : 'Made here first',
      }
    }),
    lotLabel: doc.lotLabel ?? null,
    may: {
      finalize: await hasPermission(req, 'executions.finalize'),
      move: await hasPermission(req, 'executions.update'),
    },
    next: workflow.statuses.find((status) => status.id === next) ?? null,
    nextIsLast: next !== null && next === workflow.terminal,
    plannedQuantity: String(doc.plannedQuantity),
    producedQuantity:
      doc.producedQuantity === null || doc.producedQuantity === undefined
        ? null
        : String(doc.producedQuantity),
    product: `${product.sku ?? ''} ${product.name ?? ''}`.trim(),
    unit: product.unit ?? '',
  }
}
