import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '../../platform/idOf'
import type { IngredientRow, OperationRow, OrderData } from '../orderShape'

/** What only the plugin writes on an order: its hooks derive it, its actions record it. */
const derived = [
  'state',
  'productionState',
  'pickProgress',
  'startedAt',
  'completedAt',
  'recipe',
  'outputs',
  'unit',
] as const

/**
 * Keeps what the plugin writes from being written through the API: on update the stored values
 * stay (an action that records progress says so in its context), on create they start empty.
 */
export const keepPluginWrittenFields: CollectionBeforeChangeHook = ({
  context,
  data,
  operation,
  originalDoc,
}) => {
  if (context.writesOrderProgress) return data
  const original = (operation === 'update' ? originalDoc : {}) as OrderData
  const order = data as OrderData
  for (const field of derived) (order as Record<string, unknown>)[field] = original[field]
  const ingredientById = new Map((original.ingredients ?? []).map((row) => [row.id, row]))
  if (order.ingredients)
    order.ingredients = order.ingredients.map((row): IngredientRow => {
      const stored = row.id ? ingredientById.get(row.id) : undefined
      // The item's snapshot stays with its line; a new line or item takes a new one.
      const sameItem = stored && String(idOf(stored.item)) === String(idOf(row.item))
      return {
        ...row,
        actualQuantity: stored?.actualQuantity ?? 0,
        backflushedQuantity: stored?.backflushedQuantity ?? 0,
        pickStatus: stored?.pickStatus ?? 'not_picked',
        pickedLots: stored?.pickedLots ?? [],
        pickedQuantity: stored?.pickedQuantity ?? 0,
        sku: sameItem ? stored.sku : null,
        unit: sameItem ? stored.unit : null,
      }
    })
  const operationById = new Map((original.operations ?? []).map((row) => [row.id, row]))
  if (order.operations)
    order.operations = order.operations.map((row): OperationRow => ({
      ...row,
      recipeMinutes: (row.id ? operationById.get(row.id)?.recipeMinutes : null) ?? null,
    }))
  return data
}
