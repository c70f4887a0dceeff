import Big from 'big.js'
import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { planChange } from '../rules/planChange'
import { decimalOf, parseDecimal, problemText } from '../../platform/rules/decimal'
import { batchRows } from '../rules/batchRows'
import { plannedOutput, scaleForPlan } from '../../recipes/rules/orderPlan'
import { conflict, invalid } from '../../platform/errors'
import { findAllByIds } from '../../platform/findAllByIds'
import { idOf } from '../../platform/idOf'
import {
  type IngredientRow,
  type OperationRow,
  type OrderData,
  orderPlanOf,
  type OutputRow,
  recipeScaleOf,
} from '../orderShape'
import { orderStarted } from '../orderStarted'
import { activeBomOf, type BomDoc } from '../../recipes/recipes'

type Bom = Omit<BomDoc, 'operations'> & {
  operations?:
    | {
        crewSize: number
        minutes: number
        ratePerHour?: null | number
        resource: unknown
        resourceType?: null | string
        step: string
      }[]
    | null
}

/** Copies the product's active recipe onto the order: later recipe edits do not change it. */
async function snapshotRecipe(req: PayloadRequest, order: OrderData): Promise<void> {
  const product = idOf(order.product)
  const bomId = await activeBomOf(req, product)
  if (!bomId) throw invalid('product', 'has no active recipe to make it from')
  const bom = (await req.payload.findByID({
    collection: 'boms',
    depth: 0,
    id: bomId,
    overrideAccess: true,
    req,
  })) as unknown as Bom
  const components = bom.components ?? []
  const items = await findAllByIds(
    req,
    'items',
    [product, ...components.map((c) => idOf(c.item))],
    {
      lotStrategy: true,
      productionMode: true,
      sku: true,
      unit: true,
    },
  )
  const itemOf = (id: number) => items.find((item) => item.id === id)
  order.bom = bomId
  order.mode ??= (itemOf(product)?.productionMode as OrderData['mode']) ?? 'discrete'
  order.recipe = { basis: bom.basis, outputQuantity: bom.outputQuantity }
  order.unit = itemOf(product)?.unit
  order.ingredients = components.map((component): IngredientRow => ({
    basis: bom.basis,
    item: idOf(component.item),
    lotStrategy:
      (itemOf(idOf(component.item))?.lotStrategy as IngredientRow['lotStrategy']) ?? 'fifo',
    plannedQuantity: 0,
    recipeQuantity: component.quantity,
    sku: itemOf(idOf(component.item))?.sku,
    unit: itemOf(idOf(component.item))?.unit,
  }))
  order.operations = (bom.operations ?? []).map((operation): OperationRow => ({
    crewSize: operation.crewSize,
    plannedMinutes: operation.minutes,
    ratePerHour: operation.ratePerHour ?? 0,
    recipeMinutes: operation.minutes,
    resource: operation.resource ? idOf(operation.resource) : null,
    resourceType: (operation.resourceType as OperationRow['resourceType']) ?? 'labor',
    step: operation.step,
  }))
}

/**
 * Plans an order from its recipe: on create a snapshot of the product's active recipe (its
 * ingredients and operations), and whenever the quantity, the batches or the mode change the
 * planned figures scaled to them, by the shared scaling. Batch mode keeps one output row per
 * batch (changing the count regenerates the pending ones only, also once started). Otherwise, once
 * production has started the plan is fixed; a new product (override-recipe) takes a new snapshot
 * while nothing started.
 */
export const planOrderFromRecipe: CollectionBeforeChangeHook = async ({
  context,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const order = data as OrderData
  const before = (originalDoc ?? {}) as OrderData
  const merged: OrderData = { ...before, ...order }
  // A new product, or "refresh from recipe" (refreshOrderRecipe), takes a new snapshot.
  const { onlyBatches, planChanged, productChanged } = planChange({
    before,
    change: order,
    operation,
    product:
      'product' in order ? { after: idOf(order.product), before: idOf(before.product) } : undefined,
    refresh: Boolean(context.refreshRecipe),
  })
  if (!planChanged) return data
  if (operation === 'update' && !onlyBatches && (await orderStarted(req, before)))
    throw conflict(
      `${before.orderNumber} has started: its product, quantity, batches and mode are fixed.`,
    )
  if (operation === 'create' || productChanged) {
    const snapshot: OrderData = { mode: merged.mode ?? undefined, product: merged.product }
    await snapshotRecipe(req, snapshot)
    // Lines the creator wrote themselves stay; otherwise the recipe's.
    if (operation === 'create' && order.ingredients?.length) delete snapshot.ingredients
    if (operation === 'create' && order.operations?.length) delete snapshot.operations
    // Left empty, an order makes what its recipe makes.
    if (operation === 'create' && (order.quantity === null || order.quantity === undefined))
      snapshot.quantity = snapshot.recipe?.outputQuantity
    Object.assign(order, snapshot)
    Object.assign(merged, snapshot)
  }
  const plan = orderPlanOf(merged)
  if (plan.mode === 'discrete') {
    const quantity = parseDecimal(merged.quantity, 'positive')
    if (!quantity.ok) throw invalid('quantity', problemText[quantity.problem])
  } else if (!Number.isSafeInteger(plan.batches) || plan.batches < 1) {
    throw invalid('batches', 'must be a whole number of batches, at least 1')
  }
  const recipe = recipeScaleOf(merged)!
  Object.assign(order, scaledLines(merged, recipe, plan))
  if (plan.mode === 'batch') order.outputs = batchOutputs(merged, recipe, plan.batches)
  return data
}

/** The ingredient and operation lines taken from the recipe, scaled to the order's plan. */
const scaledLines = (
  merged: OrderData,
  recipe: NonNullable<ReturnType<typeof recipeScaleOf>>,
  plan: ReturnType<typeof orderPlanOf>,
): Pick<OrderData, 'ingredients' | 'operations'> => ({
  ingredients: (merged.ingredients ?? []).map((row) =>
    row.recipeQuantity === null || row.recipeQuantity === undefined
      ? row
      : {
          ...row,
          plannedQuantity: Number(
            scaleForPlan(recipe, plan, decimalOf(row.recipeQuantity)).toFixed(),
          ),
        },
  ),
  operations: (merged.operations ?? []).map((row) =>
    row.recipeMinutes === null || row.recipeMinutes === undefined
      ? row
      : {
          ...row,
          plannedMinutes: Number(
            scaleForPlan(recipe, plan, decimalOf(row.recipeMinutes)).toFixed(),
          ),
        },
  ),
})

/** A batch order's output rows: one per batch, only pending ones changed (see batchRows). */
function batchOutputs(
  merged: OrderData,
  recipe: NonNullable<ReturnType<typeof recipeScaleOf>>,
  batches: number,
): OutputRow[] {
  const perBatch = plannedOutput(recipe, { batches: 1, mode: 'batch' })
  const rows = batchRows(
    (merged.outputs ?? []).map((row) => ({
      ...row,
      batchNumber: Number(row.batchNumber),
      plannedQuantity: decimalOf(row.plannedQuantity),
      status: row.status ?? 'pending',
    })),
    batches,
    perBatch,
  )
  if (!rows.ok)
    throw invalid(
      'batches',
      rows.code === 'below_non_pending'
        ? `cannot be fewer than ${rows.minimum}: batches up to ${rows.minimum} are under way`
        : 'must be a whole number of batches, at least 1',
    )
  return rows.rows.map((row): OutputRow => ({
    ...(row as unknown as OutputRow),
    batchNumber: row.batchNumber,
    plannedQuantity: Number(new Big(row.plannedQuantity).toFixed()),
    status: row.status,
  }))
}
