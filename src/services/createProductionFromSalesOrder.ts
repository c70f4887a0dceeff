import Big from 'big.js'

import {
  type OrderLine,
  planSalesOrderProduction,
  skipReasonText,
  type SkipReason,
} from '../domain/salesOrderProduction'
import { invalid } from '../ledger/errors'
import { defineAction } from './defineAction'
import { idOf } from './idOf'
import { lockFor } from './lockFor'
import { dateOnDay, today } from './productionDay'
import { productionFloorFor } from './productionFloorFor'
import { documentId } from './productionRuns/parseInput'
import { activeBomsOf } from './recipes'
import { loadWorkflow } from './workflow'

type Args = {
  /** Only these lines (by their id); omitted: every line. */
  lines?: string[]
  salesOrder: number
}

type LineRef = { item: number; line: string }
export type SalesOrderProduction = {
  /** Lines that already had their execution: nothing new was created for them. */
  existing: (LineRef & { code: string; execution: number })[]
  created: (LineRef & { bom: number; code: string; execution: number; quantity: string })[]
  skipped: (LineRef & { code: SkipReason; reason: string })[]
}

/** The lines asked for: every line, or those named, each of which must be one of the order's. */
function selectLines(lines: OrderLine[], wanted: unknown, number: string): OrderLine[] {
  if (wanted === undefined || wanted === null) return lines
  if (!Array.isArray(wanted) || wanted.length === 0)
    throw invalid('lines', 'list the ids of the lines to produce, or leave it out for all')
  return wanted.map((id, index) => {
    const line = lines.find((l) => l.id === id)
    if (!line) throw invalid(`lines[${index}]`, `${number} has no line ${JSON.stringify(id)}`)
    return line
  })
}

/**
 * "Create production order" from a sales order: an execution for each line whose item has an
 * active BOM, carrying the customer, the order and its line, expected by the order's deadline.
 * A line that already has its execution keeps it (asking again creates nothing); lines without a
 * recipe are reported as skipped. The order is read with the user's own access.
 */
export const createProductionFromSalesOrder = defineAction<Args, SalesOrderProduction>({
  args: { lines: 'JSON', salesOrder: 'Int!' },
  description: 'create executions',
  name: 'createProductionFromSalesOrder',
  permission: 'executions.create',
  run: async (req, args) => {
    const id = documentId(args.salesOrder, 'salesOrder', 'a sales order')
    const {
      docs: [order],
    } = await req.payload.find({
      collection: 'sales-orders',
      depth: 0,
      limit: 1,
      overrideAccess: false,
      req,
      user: req.user,
      where: { id: { equals: id } },
    })
    if (!order) throw invalid('salesOrder', `no sales order with id ${id}`)
    const number = order.number ?? `Sales order ${id}`
    const orderLines: OrderLine[] = (order.lines ?? []).map((line) => ({
      id: line.id!,
      item: idOf(line.item),
      quantity: new Big(line.quantity),
    }))
    const lines = selectLines(orderLines, args.lines, number)

    // Two requests for one order take turns, so a line never gets two executions.
    await lockFor(req, `sales-orders/${id}/production`)
    const { docs: made } = await req.payload.find({
      collection: 'executions',
      depth: 0,
      overrideAccess: true,
      pagination: false,
      req,
      select: { code: true, salesOrderLine: true },
      where: { salesOrder: { equals: id } },
    })
    const existing = new Map(made.map((doc) => [doc.salesOrderLine ?? '', doc.id]))
    const codeOf = new Map(made.map((doc) => [doc.id, doc.code ?? '']))
    const decisions = planSalesOrderProduction(
      lines,
      await activeBomsOf(
        req,
        lines.map((line) => line.item),
      ),
      existing,
    )

    const result: SalesOrderProduction = { created: [], existing: [], skipped: [] }
    const creating = decisions.some((decision) => decision.kind === 'create')
    const floor = creating ? await productionFloorFor(req, undefined, 'productionFloor') : 0
    const { defaultStatus } = await loadWorkflow(req)
    for (const decision of decisions) {
      const ref = { item: decision.line.item, line: decision.line.id }
      if (decision.kind === 'existing') {
        const code = codeOf.get(decision.execution) ?? ''
        result.existing.push({ ...ref, code, execution: decision.execution })
      } else if (decision.kind === 'skip') {
        result.skipped.push({
          ...ref,
          code: decision.reason,
          reason: skipReasonText[decision.reason],
        })
      } else {
        const doc = await req.payload.create({
          collection: 'executions',
          data: {
            bom: decision.bom,
            customer: idOf(order.customer),
            expectedDate: order.deadline ?? undefined,
            plannedQuantity: Number(decision.line.quantity.toFixed()),
            product: decision.line.item,
            productionDate: dateOnDay(today()),
            productionFloor: floor,
            salesOrder: id,
            salesOrderLine: decision.line.id,
            status: defaultStatus,
          },
          depth: 0,
          overrideAccess: false,
          req,
          user: req.user,
        })
        result.created.push({
          ...ref,
          bom: decision.bom,
          code: doc.code ?? '',
          execution: doc.id,
          quantity: decision.line.quantity.toFixed(),
        })
      }
    }
    return result
  },
})
