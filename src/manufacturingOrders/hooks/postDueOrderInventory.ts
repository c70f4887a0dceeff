import type { CollectionAfterChangeHook } from 'payload'

import { bringOrderStockToStatus } from '../bringOrderStockToStatus'
import type { OrderData } from '../orderShape'

/** Brings the order's stock to its status on every save, and records its actuals and costs. */
export const postDueOrderInventory: CollectionAfterChangeHook = async ({ doc, req }) => {
  const { actualOperations, consumed, costs, rows } = await bringOrderStockToStatus(req, doc)
  const order = doc as OrderData
  return {
    ...doc,
    costs,
    ingredients: (order.ingredients ?? []).map((row) => ({
      ...row,
      actualCost: rows.get(row.id!) ?? null,
      actualQuantity: consumed.get(row.id!) ?? 0,
    })),
    operations: (order.operations ?? []).map((row) => ({
      ...row,
      actualCost: actualOperations.get(row.id!) ?? null,
      plannedCost: rows.get(row.id!) ?? null,
    })),
  }
}
