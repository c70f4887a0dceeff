import { orderSizeFor } from '../domain/manufacturingOrders/orderSize'
import { defineAction } from './defineAction'
import { errorOfLine } from './errorOfLine'
import { idOf } from './idOf'
import { type CreatedOrder, createOrder } from './manufacturingOrders/createOrder'
import { loadRecipeSizing } from './manufacturingOrders/recipeSizing'
import { productionFloorFor } from './productionFloorFor'
import {
  planSalesOrderLines,
  type SalesOrderLinesPlan,
  type SalesOrderLineRef,
} from './salesOrderLines'

type Args = {
  /** Only these lines (by their id); omitted: every line. */
  lines?: string[]
  salesOrder: number
}

export type SalesOrderManufacturing = {
  created: (SalesOrderLineRef & CreatedOrder)[]
  /** Lines that already had their order: nothing new was created for them. */
  existing: (SalesOrderLineRef & { id: number; orderNumber: string })[]
  skipped: SalesOrderLinesPlan['skipped']
}

/**
 * Make-to-order: a manufacturing order for each line of a sales order whose item has an active
 * BOM, for the line's quantity (in the whole batches that cover it when the item is made in
 * batches), carrying the customer, the order and its line, due by the order's deadline, on the
 * first production floor. A line that already has its order keeps it (asking again creates
 * nothing); lines without a recipe are reported as skipped.
 */
export const createManufacturingOrdersFromSalesOrder = defineAction<Args, SalesOrderManufacturing>({
  args: { lines: 'JSON', salesOrder: 'Int!' },
  costs: {},
  description: 'create manufacturing orders',
  name: 'createManufacturingOrdersFromSalesOrder',
  permission: 'manufacturingOrders.create',
  run: async (req, args) => {
    const plan = await planSalesOrderLines(req, args, {
      collection: 'manufacturing-orders',
      number: 'orderNumber',
    })
    const result: SalesOrderManufacturing = {
      created: [],
      existing: plan.existing.map(({ number, ...rest }) => ({ ...rest, orderNumber: number })),
      skipped: plan.skipped,
    }
    if (plan.create.length === 0) return result
    const location = await productionFloorFor(req, undefined, 'location')
    const recipes = await loadRecipeSizing(
      req,
      plan.create.map((made) => made.bom),
    )
    for (const { bom, line } of plan.create) {
      const recipe = recipes.get(bom)!
      try {
        const created = await createOrder(req, {
          customer: idOf(plan.order.customer),
          deadline: plan.order.deadline,
          location,
          product: line.item,
          salesOrder: plan.id,
          salesOrderLine: line.id,
          size: orderSizeFor(line.quantity, recipe.mode, recipe.batchOutput),
        })
        result.created.push({ ...created, item: line.item, line: line.id })
      } catch (error) {
        // Named as the order's own line is (lines[1] is its second line).
        const index = (plan.order.lines ?? []).findIndex((l) => l.id === line.id)
        throw errorOfLine(error, (field) => `lines[${index}]${field ? `.${field}` : ''}`)
      }
    }
    return result
  },
})
