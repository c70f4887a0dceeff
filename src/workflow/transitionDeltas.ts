import Big from 'big.js'
import type { PayloadRequest } from 'payload'

import { movementsByIds } from '../ledger'
import { reservationTarget } from './rules/reservations'
import type { ProductionDocument } from './productionDocument'
import { loadReservations } from './reservations'
import { planStatusInventory, type StatusInventoryPlan } from './statusInventory'
import type { Workflow } from './workflow'

/**
 * By `item:location`, what a set of transitions would do, added up: the signed change of stock on
 * hand, what the documents hold reserved there now, and what they want reserved afterwards.
 */
export type StockDeltas = Map<string, { held: Big; onHand: Big; target: Big }>

const zero = new Big(0)

export const addDelta = (
  deltas: StockDeltas,
  item: number,
  location: number,
  change: { held?: Big; onHand?: Big; target?: Big },
) => {
  const key = `${item}:${location}`
  const delta = deltas.get(key) ?? { held: zero, onHand: zero, target: zero }
  deltas.set(key, {
    held: delta.held.plus(change.held ?? zero),
    onHand: delta.onHand.plus(change.onHand ?? zero),
    target: delta.target.plus(change.target ?? zero),
  })
}

/**
 * What moving a production document (an execution's or a manufacturing order's lines) to `to`
 * would post and reverse, added into `deltas`: consumption leaves its floor, output arrives there,
 * a reversal undoes its movements' sides, and the document's reservation goes from what it holds
 * to what is still to be consumed.
 */
export async function addDocumentTransitionDeltas(
  req: PayloadRequest,
  production: ProductionDocument,
  to: number,
  workflow: Workflow,
  deltas: StockDeltas,
): Promise<StatusInventoryPlan> {
  const plan = await planStatusInventory(req, production, to, workflow)
  for (const line of plan.post) {
    const quantity = new Big(line.quantity)
    addDelta(deltas, line.item, production.location, {
      onHand: line.action === 'add_products' ? quantity : quantity.neg(),
    })
  }
  for (const held of await loadReservations(req, production))
    addDelta(deltas, held.item, held.location, { held: held.quantity })
  for (const [item, target] of reservationTarget(production.lines, plan.postedAfter))
    addDelta(deltas, item, production.location, { target })
  const movementIds = plan.reverse.flatMap((p) => p.movements)
  if (movementIds.length > 0) {
    const moved = await movementsByIds(req, movementIds)
    for (const m of moved) {
      addDelta(deltas, m.item_id, m.from_id, { onHand: new Big(m.quantity) })
      addDelta(deltas, m.item_id, m.to_id, { onHand: new Big(m.quantity).neg() })
    }
  }
  return plan
}
