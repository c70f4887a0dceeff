import { defineAction } from './defineAction'
import { idOf } from './idOf'
import { dateOnDay } from '../domain/calendarDay'
import { today } from './productionDay'
import { productionFloorFor } from './productionFloorFor'
import {
  planSalesOrderLines,
  type SalesOrderLinesPlan,
  type SalesOrderLineRef,
} from './salesOrderLines'
import { loadWorkflow } from './workflow'

type Args = {
  /** Only these lines (by their id); omitted: every line. */
  lines?: string[]
  salesOrder: number
}

export type SalesOrderProduction = {
  /** Lines that already had their execution: nothing new was created for them. */
  existing: (SalesOrderLineRef & { code: string; execution: number })[]
  created: (SalesOrderLineRef & {
    bom: number
    code: string
    execution: number
    quantity: string
  })[]
  skipped: SalesOrderLinesPlan['skipped']
}

/**
 * "Create production order" from a sales order: an execution for each line whose item has an
 * active BOM, carrying the customer, the order and its line, expected by the order's deadline.
 * A line that already has its execution keeps it (asking again creates nothing); lines without a
 * recipe are reported as skipped. The order is read with the user's own access.
 */
export const createProductionFromSalesOrder = defineAction<Args, SalesOrderProduction>({
  args: { lines: 'JSON', salesOrder: 'Int!' },
  costs: {},
  description: 'create executions',
  name: 'createProductionFromSalesOrder',
  permission: 'executions.create',
  run: async (req, args) => {
    const plan = await planSalesOrderLines(req, args, { collection: 'executions', number: 'code' })
    const result: SalesOrderProduction = {
      created: [],
      existing: plan.existing.map(({ id, number, ...ref }) => ({
        ...ref,
        code: number,
        execution: id,
      })),
      skipped: plan.skipped,
    }
    if (plan.create.length === 0) return result
    const floor = await productionFloorFor(req, undefined, 'productionFloor')
    const { defaultStatus } = await loadWorkflow(req)
    for (const { bom, line } of plan.create) {
      const doc = await req.payload.create({
        collection: 'executions',
        data: {
          bom,
          customer: idOf(plan.order.customer),
          expectedDate: plan.order.deadline ?? undefined,
          plannedQuantity: Number(line.quantity.toFixed()),
          product: line.item,
          productionDate: dateOnDay(today()),
          productionFloor: floor,
          salesOrder: plan.id,
          salesOrderLine: line.id,
          status: defaultStatus,
        },
        depth: 0,
        overrideAccess: false,
        req,
        user: req.user,
      })
      result.created.push({
        bom,
        code: doc.code ?? '',
        execution: doc.id,
        item: line.item,
        line: line.id,
        quantity: line.quantity.toFixed(),
      })
    }
    return result
  },
})
