import Big from 'big.js'
import type { PayloadRequest } from 'payload'

import { intArray, query, sql, transactionDb } from '../ledger/transactionDb'
import { executionDocument } from './productionLines'
import { planStatusInventory, type StatusInventoryPlan } from './statusInventory'
import type { Workflow } from './workflow'

/** Signed quantities by `item:location`: what a set of transitions would move, added up. */
export type StockDeltas = Map<string, Big>

export const addDelta = (deltas: StockDeltas, item: number, location: number, quantity: Big) => {
  const key = `${item}:${location}`
  deltas.set(key, (deltas.get(key) ?? new Big(0)).plus(quantity))
}

/**
 * What moving one execution to `to` would post and reverse, added into `deltas`: consumption
 * leaves its floor, output arrives there, and a reversal undoes its movements' sides.
 */
export async function addTransitionDeltas(
  req: PayloadRequest,
  execution: Parameters<typeof executionDocument>[1],
  to: number,
  workflow: Workflow,
  deltas: StockDeltas,
): Promise<StatusInventoryPlan> {
  const production = await executionDocument(req, execution)
  const plan = await planStatusInventory(req, production, to, workflow)
  for (const line of plan.post) {
    const quantity = new Big(line.quantity)
    addDelta(
      deltas,
      line.item,
      production.location,
      line.action === 'add_products' ? quantity : quantity.neg(),
    )
  }
  const movementIds = plan.reverse.flatMap((p) => p.movements)
  if (movementIds.length > 0) {
    const moved = await query<{
      from_id: number
      item_id: number
      quantity: string
      to_id: number
    }>(
      await transactionDb(req),
      sql`select item_id, from_id, to_id, quantity::text as quantity from stock_movements
          where id = any(${intArray(movementIds)})`,
    )
    for (const m of moved) {
      addDelta(deltas, m.item_id, m.from_id, new Big(m.quantity))
      addDelta(deltas, m.item_id, m.to_id, new Big(m.quantity).neg())
    }
  }
  return plan
}
