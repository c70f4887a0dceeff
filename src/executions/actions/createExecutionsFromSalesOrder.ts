import { defineAction } from '../../platform/defineAction'
import { idOf } from '../../platform/idOf'
import { createLineExecution, executionLineInput, startsDone } from '../executionLineInput'
import { producedAtStart } from '../rules/producedAtStart'
import { productionFloorFor } from '../../workflow/productionFloorFor'
import {
  planSalesOrderLines,
  type SalesOrderLinesPlan,
  type SalesOrderLineRef,
} from '../../trade/salesOrderLines'
import { loadWorkflow } from '../../workflow/workflow'
import { refuseLoopingRecipes } from '../../recipes/recipeGraph'

type Args = {
  /**
   * Only these lines: each a line's id, or `{ line, quantity?, productionDate?, productionFloor?,
   * producedQuantity? }` to choose for it how much (default the ordered quantity), on which day
   * (default today), where (default the first production floor) and how much was produced (when
   * new production starts in the last status, the quantity unless given). Omitted: every line,
   * as ordered.
   */
  lines?: (
    | string
    | {
        line: string
        producedQuantity?: number | string
        productionDate?: string
        productionFloor?: number
        quantity?: number | string
      }
  )[]
  salesOrder: number
}

type SalesOrderExecutions = {
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
 * "Create executions" from a sales order: an execution for each line whose item has an
 * active BOM, carrying the customer, the order and its line, expected by the order's deadline.
 * A line that already has its execution keeps it (asking again creates nothing); lines without a
 * recipe are reported as skipped. The order is read with the user's own access.
 */
export const createExecutionsFromSalesOrder = defineAction<Args, SalesOrderExecutions>({
  args: { lines: 'JSON', salesOrder: 'Int!' },
  costs: {},
  description: 'create executions',
  name: 'createExecutionsFromSalesOrder',
  permission: 'executions.create',
  perform: async (req, args) => {
    const plan = await planSalesOrderLines(req, args, { collection: 'executions', number: 'code' })
    const result: SalesOrderExecutions = {
      created: [],
      existing: plan.existing.map(({ id, number, ...ref }) => ({
        ...ref,
        code: number,
        execution: id,
      })),
      skipped: plan.skipped,
    }
    if (plan.create.length === 0) return result
    const lines = plan.create.map((made) => ({
      ...made,
      ...executionLineInput(made.choices, made.at),
    }))
    const floors: number[] = []
    for (const line of lines)
      floors.push(await productionFloorFor(req, line.floor, line.at('productionFloor')))
    await refuseLoopingRecipes(
      req,
      lines.map((made) => ({ path: made.at('item'), product: made.line.item })),
    )
    const workflow = await loadWorkflow(req)
    const done = startsDone(workflow)
    for (const [index, { at, bom, day, line, produced }] of lines.entries()) {
      const doc = await createLineExecution(
        req,
        {
          at,
          bom,
          day,
          floor: floors[index]!,
          produced: producedAtStart(done, line.quantity, produced) ?? null,
          product: line.item,
          quantity: line.quantity,
          status: workflow.defaultStatus,
        },
        {
          customer: idOf(plan.order.customer),
          expectedDate: plan.order.deadline ?? undefined,
          salesOrder: plan.id,
          salesOrderLine: line.id,
        },
      )
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
