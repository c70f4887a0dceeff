import type { CollectionBeforeChangeHook } from 'payload'

import { findAllByIds } from '../../platform/findAllByIds'
import { refOf } from '../../platform/idOf'
import type { OrderData } from '../orderShape'

/**
 * Snapshots what the order's quantities are counted in and which SKU each line uses: the
 * product's unit on the order and its output rows, each ingredient item's SKU and unit on its
 * line, whether the line came from the recipe or was added by hand. A snapshot stays with its
 * line (see keepPluginWrittenFields); another product or item takes a new one.
 */
export const snapshotOrderUnits: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
}) => {
  const order = data as OrderData
  const before = (originalDoc ?? {}) as OrderData
  const product = refOf('product' in order ? order.product : before.product)
  // A new product's snapshot is planOrderFromRecipe's; its output rows take its unit here.
  const productChanged =
    Boolean(originalDoc) && 'product' in order && product !== refOf(before.product)
  const lines = (order.ingredients ?? []).filter((row) => !row.sku || !row.unit)
  const needsProduct = product !== null && !(order.unit ?? before.unit)
  const wanted = [
    ...(needsProduct ? [product] : []),
    ...lines.map((row) => refOf(row.item)).filter((id): id is number => id !== null),
  ]
  const items = wanted.length
    ? await findAllByIds(req, 'items', wanted, { sku: true, unit: true })
    : []
  const itemOf = (id: unknown) => items.find((item) => item.id === refOf(id))
  if (needsProduct) order.unit = itemOf(product)?.unit ?? null
  for (const row of lines) {
    row.sku ||= itemOf(row.item)?.sku ?? null
    row.unit ||= itemOf(row.item)?.unit ?? null
  }
  const unit = order.unit ?? before.unit ?? null
  if (order.outputs)
    order.outputs = order.outputs.map((row) => ({
      ...row,
      unit: productChanged || !row.unit ? unit : row.unit,
    }))
  return data
}
