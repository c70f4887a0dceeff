import { orderSizeFor } from '../rules/orderSize'
import { defineAction } from '../../platform/defineAction'
import { errorOfLine } from '../../platform/errorOfLine'
import { idOf } from '../../platform/idOf'
import { type CreatedOrder, createOrder } from '../createOrder'
import { loadRecipeSizing } from '../recipeSizing'
import { refuseLoopingRecipes } from '../../recipes/recipeGraph'
import { dateOnDay } from '../../platform/rules/calendarDay'
import { parseDay } from '../../workflow/productionDay'
import { productionFloorFor } from '../../workflow/productionFloorFor'
import { optionalId } from '../../platform/parseInput'
import {
  planSalesOrderLines,
  type SalesOrderLinesPlan,
  type SalesOrderLineRef,
} from '../../trade/salesOrderLines'

const given = (value: unknown) => value !== undefined && value !== null && value !== ''

type Args = {
  /**
   * Only these lines: each a line's id, or `{ line, quantity?, location?, deadline? }` to choose
   * for it how much (default the ordered quantity), where (default the first production floor)
   * and by when (default the order's deadline). Omitted: every line, as ordered.
   */
  lines?: (
    string | { deadline?: string; line: string; location?: number; quantity?: number | string }
  )[]
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
  perform: async (req, args) => {
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
    const lines = plan.create.map(({ at, choices, ...made }) => ({
      ...made,
      at,
      deadline: given(choices.deadline)
        ? dateOnDay(parseDay(choices.deadline, at('deadline')))
        : plan.order.deadline,
      location: optionalId(choices.location, at('location'), 'a production floor'),
    }))
    // Not named: where each product is made (see fillOrderLocation).
    const locations: (number | undefined)[] = []
    for (const line of lines)
      locations.push(
        line.location === undefined
          ? undefined
          : await productionFloorFor(req, line.location, line.at('location')),
      )
    await refuseLoopingRecipes(
      req,
      lines.map((made) => ({ path: made.at('item'), product: made.line.item })),
    )
    const recipes = await loadRecipeSizing(
      req,
      lines.map((made) => made.bom),
    )
    for (const [index, { at, bom, deadline, line }] of lines.entries()) {
      const recipe = recipes.get(bom)!
      try {
        const created = await createOrder(req, {
          customer: idOf(plan.order.customer),
          deadline,
          location: locations[index],
          product: line.item,
          salesOrder: plan.id,
          salesOrderLine: line.id,
          size: orderSizeFor(line.quantity, recipe.mode, recipe.batchOutput),
        })
        result.created.push({ ...created, item: line.item, line: line.id })
      } catch (error) {
        // Named as the request named the line (every line: lines[1] is the order's second).
        throw errorOfLine(error, at)
      }
    }
    return result
  },
})
