import Big from 'big.js'
import type { PayloadRequest } from 'payload'

import { operationActualCost, operationPlannedCost } from '../recipes/rules/operations'
import { orderCost } from './rules/orderCost'
import { lineCostsAt } from '../ledger'
import { json, query, sql, transactionDb } from '../platform/transactionDb'
import { idOf } from '../platform/idOf'
import { outputLine } from '../workflow/productionDocument'
import { loadStatusPostings } from '../workflow/statusPostings'
import { costedOperation, ingredientLine, recordedOperation } from './orderDocument'
import { completedOutput, type OrderData } from './orderShape'

export type OrderCosts = {
  costs: { materialCost: number; operationCost: number; totalCost: number; unitCost: null | number }
  /** Each operation's actual cost by row id, once the order is done. */
  actualOperations: Map<string, null | number>
  /** Each ingredient's consumed quantity (its actual quantity) by row id. */
  consumed: Map<string, number>
  /** Each row's cost by row id: ingredients' actual cost, operations' planned cost. */
  rows: Map<string, number>
}

/**
 * Writes an order's costs from the ledger: each ingredient's actual quantity and cost (what its line consumed,
 * by recorded output and by the rules, less what reversals returned), each operation's planned
 * cost and, once the order is done, its actual cost (recorded time at its rate; empty again when
 * the order moves back out of done), and the totals over the output made so far. Costs are stored read-only, written here.
 */
export async function writeOrderCosts(
  req: PayloadRequest,
  order: OrderData & { id: number },
): Promise<OrderCosts> {
  const db = await transactionDb(req)
  const location = idOf(order.location)
  const source = { collection: 'manufacturing-orders', id: order.id }
  const lines = await lineCostsAt(req, source, location, 'ingredient:')
  const lineOf = new Map(lines.map((row) => [row.line, row]))
  const ingredients = (order.ingredients ?? [])
    .filter((row) => row.id)
    .map((row) => {
      const used = lineOf.get(ingredientLine(row.id!))
      return {
        consumed: new Big(used?.quantity ?? 0),
        cost: new Big(used?.cost ?? 0),
        id: row.id!,
      }
    })
  const operations = (order.operations ?? [])
    .filter((row) => row.id)
    .map((row) => ({
      actual: order.state === 'done' ? operationActualCost(recordedOperation(row)).toFixed() : null,
      cost: operationPlannedCost(costedOperation(row)),
      id: row.id!,
    }))
  const statusOutput = (await loadStatusPostings(req, 'manufacturing-orders', order.id))
    .filter((posting) => posting.line === outputLine)
    .reduce((total, posting) => total.plus(posting.quantity), new Big(0))
  const cost = orderCost({
    completed: completedOutput(order).plus(statusOutput),
    ingredientCosts: ingredients.map((row) => row.cost),
    operations: (order.operations ?? []).map(costedOperation),
  })
  await storeOrderCosts(db, order.id, { cost, ingredients, operations })
  return {
    actualOperations: new Map(
      operations.map((row) => [row.id, row.actual === null ? null : Number(row.actual)]),
    ),
    consumed: new Map(ingredients.map((row) => [row.id, Number(row.consumed.toFixed())])),
    costs: {
      materialCost: Number(cost.materials.toFixed()),
      operationCost: Number(cost.operations.toFixed()),
      totalCost: Number(cost.totalCost.toFixed()),
      unitCost: cost.unitCost ? Number(cost.unitCost.toFixed()) : null,
    },
    rows: new Map(
      [...ingredients, ...operations].map((row) => [row.id, Number(row.cost.toFixed())]),
    ),
  }
}

/** Stores the costs on the order's rows and on the order, in SQL (the fields are read-only). */
async function storeOrderCosts(
  db: Awaited<ReturnType<typeof transactionDb>>,
  order: number,
  {
    cost,
    ingredients,
    operations,
  }: {
    cost: ReturnType<typeof orderCost>
    ingredients: { consumed: Big; cost: Big; id: string }[]
    operations: { actual: null | string; cost: Big; id: string }[]
  },
) {
  if (ingredients.length)
    await query(
      db,
      sql`update manufacturing_orders_ingredients t set actual_cost = v.cost::numeric,
            actual_quantity = v.consumed::numeric
          from jsonb_to_recordset(${json(ingredients.map((row) => ({ consumed: row.consumed.toFixed(), cost: row.cost.toFixed(), id: row.id })))})
            as v(id text, cost text, consumed text) where t.id = v.id`,
    )
  if (operations.length)
    await query(
      db,
      sql`update manufacturing_orders_operations t set planned_cost = v.cost::numeric,
            actual_cost = v.actual::numeric
          from jsonb_to_recordset(${json(operations.map((row) => ({ actual: row.actual, cost: row.cost.toFixed(), id: row.id })))})
            as v(id text, cost text, actual text) where t.id = v.id`,
    )
  await query(
    db,
    sql`update manufacturing_orders set costs_material_cost = ${cost.materials.toFixed()},
          costs_operation_cost = ${cost.operations.toFixed()},
          costs_total_cost = ${cost.totalCost.toFixed()},
          costs_unit_cost = ${cost.unitCost?.toFixed() ?? null} where id = ${order}`,
  )
}
