import type { Decimal } from './decimal'

export type OrderLine = { id: string; item: number; quantity: Decimal }

/** Why a sales order line gets no execution. */
export type SkipReason = 'no_quantity' | 'no_recipe'

export const skipReasonText: Record<SkipReason, string> = {
  no_quantity: 'the line orders nothing',
  no_recipe: 'the item has no active bill of materials',
}

export type LineDecision =
  | { bom: number; kind: 'create'; line: OrderLine }
  | { execution: number; kind: 'existing'; line: OrderLine }
  | { kind: 'skip'; line: OrderLine; reason: SkipReason }

/**
 * What "create production order" does with each line: a line that already has its execution
 * keeps it (asking twice creates nothing), a line whose item has an active recipe gets one, and
 * the others are skipped with the reason.
 */
export function planSalesOrderProduction(
  lines: readonly OrderLine[],
  recipes: ReadonlyMap<number, number>,
  existing: ReadonlyMap<string, number>,
): LineDecision[] {
  return lines.map((line): LineDecision => {
    const execution = existing.get(line.id)
    if (execution !== undefined) return { execution, kind: 'existing', line }
    if (line.quantity.lte(0)) return { kind: 'skip', line, reason: 'no_quantity' }
    const bom = recipes.get(line.item)
    if (bom === undefined) return { kind: 'skip', line, reason: 'no_recipe' }
    return { bom, kind: 'create', line }
  })
}
