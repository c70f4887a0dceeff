import Big from 'big.js'
import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { decimalOf, parseDecimal, problemText } from '../../platform/rules/decimal'
import { batchRows } from '../rules/batchRows'
import { plannedOutput, scaleForPlan } from '../../recipes/rules/orderPlan'
import { conflict, invalid } from '../../platform/errors'
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
  const { docs: items } = await req.payload.find({
    collection: 'items',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { lotStrategy: true, productionMode: true, sku: true },
    where: { id: { in: [product, ...components.map((c) => idOf(c.item))] } },
  })
  const itemOf = (id: number) => items.find((item) => item.id === id)
  order.bom = bomId
  order.mode ??= (itemOf(product)?.productionMode as OrderData['mode']) ?? 'discrete'
  order.recipe = { basis: bom.basis, outputQuantity: bom.outputQuantity }
  order.ingredients = components.map((component): IngredientRow => ({
    basis: bom.basis,
    item: idOf(component.item),
    lotStrategy:
      (itemOf(idOf(component.item))?.lotStrategy as IngredientRow['lotStrategy']) ?? 'fifo',
    plannedQuantity: 0,
    recipeQuantity: component.quantity,
    sku: itemOf(idOf(component.item))?.sku,
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
  const productChanged =
    operation === 'update' &&
    (Boolean(context.refreshRecipe) ||
      ('product' in order && idOf(order.product) !== idOf(before.product)))
  const planChanged =
    operation === 'create' ||
    productChanged ||
    (['quantity', 'batches', 'mode'] as const).some(
      (field) => field in order && order[field] !== before[field],
    )
  if (!planChanged) return data
  // A batch order may change its number of batches once started: only pending batches change.
  const onlyBatches =
    merged.mode === 'batch' &&
    !productChanged &&
    (!('mode' in order) || order.mode === before.mode) &&
    (!('quantity' in order) || order.quantity === before.quantity)
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
  order.ingredients = (merged.ingredients ?? []).map((row) =>
    row.recipeQuantity === null || row.recipeQuantity === undefined
      ? row
      : {
          ...row,
          plannedQuantity: Number(
            scaleForPlan(recipe, plan, decimalOf(row.recipeQuantity)).toFixed(),
          ),
        },
  )
  order.operations = (merged.operations ?? []).map((row) =>
    row.recipeMinutes === null || row.recipeMinutes === undefined
      ? row
      : {
          ...row,
          plannedMinutes: Number(
            scaleForPlan(recipe, plan, decimalOf(row.recipeMinutes)).toFixed(),
          ),
        },
  )
  if (plan.mode === 'batch') {
    const perBatch = plannedOutput(recipe, { batches: 1, mode: 'batch' })
    const rows = batchRows(
      (merged.outputs ?? []).map((row) => ({
        ...row,
        batchNumber: Number(row.batchNumber),
        plannedQuantity: decimalOf(row.plannedQuantity),
        status: row.status ?? 'pending',
      })),
      plan.batches,
      perBatch,
    )
    if (!rows.ok)
      throw invalid(
        'batches',
        rows.code === 'below_non_pending'
          ? `cannot be fewer than ${rows.minimum}: batches up to ${rows.minimum} are under way`
          : 'must be a whole number of batches, at least 1',
      )
    order.outputs = rows.rows.map((row): OutputRow => ({
      ...(row as unknown as OutputRow),
      batchNumber: row.batchNumber,
      plannedQuantity: Number(new Big(row.plannedQuantity).toFixed()),
      status: row.status,
    }))
  }
  return data
}
