import Big from 'big.js'

import type { TraceNode } from './lotTrace'

/** What a recall report lists of one affected lot, and where one part of it is now. */
export type RecallRow = {
  /** How many documents away from the traced lot: 0 for the lot itself. */
  level: number
  lot: number
  /** What the documents that made it from the traced lot made of it; null for the lot itself. */
  made: null | string
  /** The documents (`executions:12`) that made it from the traced lot. */
  madeBy: string[]
  /** Where part of it is on hand now, or null: a row with nothing on hand says it is all gone. */
  where: null | { location: number; onHand: string }
}

export type OnHand = { location: { id: number }; onHand: string }

/**
 * The rows of a recall report of a forward trace: the traced lot first, then every lot made from
 * it, level by level, each once (a lot reached along two paths sums what each path made of it),
 * each with a row per location it is on hand at now, or one row when none of it is left.
 */
export function recallRows(
  forward: TraceNode,
  onHand: Readonly<Record<string, readonly OnHand[]>>,
): RecallRow[] {
  const found = new Map<number, { level: number; made: Big | null; madeBy: Set<string> }>()
  found.set(forward.lot, { level: 0, made: null, madeBy: new Set() })
  const visit = (node: TraceNode, level: number) => {
    for (const step of node.through)
      for (const child of step.lots) {
        const seen = found.get(child.lot)
        const made = new Big(child.quantity ?? 0)
        if (seen) {
          // The same document reached twice (through two parents) made the lot once.
          if (!seen.madeBy.has(step.event)) seen.made = (seen.made ?? new Big(0)).plus(made)
          seen.madeBy.add(step.event)
          seen.level = Math.min(seen.level, level)
        } else found.set(child.lot, { level, made, madeBy: new Set([step.event]) })
        visit(child, level + 1)
      }
  }
  visit(forward, 1)
  return [...found]
    .sort(([a, x], [b, y]) => x.level - y.level || a - b)
    .flatMap(([lot, { level, made, madeBy }]): RecallRow[] => {
      const base = { level, lot, made: made?.toString() ?? null, madeBy: [...madeBy].sort() }
      const places = onHand[String(lot)] ?? []
      return places.length
        ? places.map((place) => ({
            ...base,
            where: { location: place.location.id, onHand: place.onHand },
          }))
        : [{ ...base, where: null }]
    })
}
