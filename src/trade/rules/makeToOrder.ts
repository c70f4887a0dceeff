import type { Decimal } from '../../platform/rules/decimal'

export type OrderLine = { id: string; item: number; quantity: Decimal }

/** Why a sales order line gets nothing made for it. */
export type SkipReason = 'no_quantity' | 'no_recipe'

export const skipReasonText: Record<SkipReason, string> = {
  no_quantity: 'the line orders nothing',
  no_recipe: 'the item has no active bill of materials',
}

export type LineDecision =
  | { bom: number; kind: 'create'; line: OrderLine }
  | { document: number; kind: 'existing'; line: OrderLine }
  | { kind: 'skip'; line: OrderLine; reason: SkipReason }

/**
 * What making a sales order's lines (executions or manufacturing orders) does with each line: a
 * line that already has its document keeps it (asking twice creates nothing), a line whose item
 * has an active recipe gets one, and the others are skipped with the reason. `existing` maps a
 * line id to its document.
 */
export function planMakeToOrder(
  lines: readonly OrderLine[],
  recipes: ReadonlyMap<number, number>,
  existing: ReadonlyMap<string, number>,
): LineDecision[] {
  return lines.map((line): LineDecision => {
    const document = existing.get(line.id)
    if (document !== undefined) return { document, kind: 'existing', line }
    if (line.quantity.lte(0)) return { kind: 'skip', line, reason: 'no_quantity' }
    const bom = recipes.get(line.item)
    if (bom === undefined) return { kind: 'skip', line, reason: 'no_recipe' }
    return { bom, kind: 'create', line }
  })
}
