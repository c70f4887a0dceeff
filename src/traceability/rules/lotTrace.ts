import Big from 'big.js'

import type { Decimal } from '../../platform/rules/decimal'

/**
 * One movement that took a lot into production or brought one out of it, not reversed. `event`
 * is the document the movement belongs to (`executions:12`): everything one document consumed
 * went into everything it produced, whichever status or stage posted it.
 */
export type Flow = {
  event: string
  item: number
  lot: number
  quantity: string
  side: 'in' | 'out'
}

/** What one document took in and brought out, each lot once, net of what it gave back. */
export type EventNet = { inputs: Map<number, Decimal>; outputs: Map<number, Decimal> }

/**
 * Each document's net flows. A document may give a lot back (material returned from production,
 * an inventory addition undone): per lot, what it took less what it brought out is an input
 * when positive and an output when negative, so a returned material is never "made" by it.
 */
export function netFlows(flows: readonly Flow[]): Map<string, EventNet> {
  const sums = new Map<string, Map<number, Decimal>>()
  for (const flow of flows) {
    const lots = sums.get(flow.event) ?? new Map<number, Decimal>()
    sums.set(flow.event, lots)
    const signed = flow.side === 'in' ? new Big(flow.quantity) : new Big(flow.quantity).neg()
    lots.set(flow.lot, (lots.get(flow.lot) ?? new Big(0)).plus(signed))
  }
  const events = new Map<string, EventNet>()
  for (const [event, lots] of sums) {
    const net: EventNet = { inputs: new Map(), outputs: new Map() }
    for (const [lot, sum] of lots) {
      if (sum.gt(0)) net.inputs.set(lot, sum)
      if (sum.lt(0)) net.outputs.set(lot, sum.neg())
    }
    events.set(event, net)
  }
  return events
}

export type Direction = 'backward' | 'forward'

/**
 * A lot in the trace: backward, the documents that made it, each with the lots they used;
 * forward, the documents that used it, each with the lots they made. `quantity` is what the
 * parent's document used of this lot (backward) or made of it (forward); null at the root.
 */
export type TraceNode = { lot: number; quantity: null | string; through: TraceStep[] }

/** A document on a lot's path: how much of the lot it made or used, and the lots on its far side. */
export type TraceStep = { event: string; lots: TraceNode[]; quantity: string }

/** The documents `lot` passes through in `direction`, with how much of it each made or used. */
export function stepsOf(
  events: ReadonlyMap<string, EventNet>,
  lot: number,
  direction: Direction,
): { event: string; quantity: Decimal }[] {
  const near = direction === 'backward' ? 'outputs' : 'inputs'
  return [...events]
    .filter(([, net]) => net[near].has(lot))
    .map(([event, net]) => ({ event, quantity: net[near].get(lot)! }))
    .sort((a, b) => a.event.localeCompare(b.event))
}

/** The lots on the far side of `event` in `direction`: its inputs going back, its outputs forward. */
export function farSide(net: EventNet, direction: Direction): [number, Decimal][] {
  return [...(direction === 'backward' ? net.inputs : net.outputs)].sort(([a], [b]) => a - b)
}

/**
 * The tree of `lot` in `direction`, through every level `events` holds. A lot met again on its
 * own path (a material given back and used again) ends the branch there, so the tree is finite;
 * a lot reached along two paths (a sauce in two products) appears under each.
 */
export function traceTree(
  events: ReadonlyMap<string, EventNet>,
  lot: number,
  direction: Direction,
): TraceNode {
  const grow = (at: number, quantity: Decimal | null, path: ReadonlySet<number>): TraceNode => {
    const onPath = new Set(path).add(at)
    return {
      lot: at,
      quantity: quantity === null ? null : quantity.toString(),
      through: stepsOf(events, at, direction).map((step) => ({
        event: step.event,
        lots: farSide(events.get(step.event)!, direction)
          .filter(([far]) => !onPath.has(far))
          .map(([far, used]) => grow(far, used, onPath)),
        quantity: step.quantity.toString(),
      })),
    }
  }
  return grow(lot, null, new Set())
}

/** Every lot of a tree but its root, each once. */
export function lotsIn(tree: TraceNode): Set<number> {
  const found = new Set<number>()
  const visit = (node: TraceNode) => {
    for (const step of node.through)
      for (const child of step.lots) {
        found.add(child.lot)
        visit(child)
      }
  }
  visit(tree)
  return found
}
