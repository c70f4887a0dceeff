import type { PayloadRequest } from 'payload'

import type { Item, ManufacturingOrder } from '../../../payload-types'

import { userHolds } from '../../../access/components/userHolds'
import { findAllByIds } from '../../../platform/findAllByIds'
import { findReadable } from '../../../platform/findByIds'
import { idOf } from '../../../platform/idOf'
import type { IngredientLine } from '../../rules/stationChoices'
import { lotsOffered, type StationLot } from '../RunStation/loadRunStation'
import { type OrderStep, orderStep } from './orderStep'

export type OrderIngredient = IngredientLine & {
  lotStrategy: string
  name: string
  pickedLots: { code: string; quantity: number }[]
  pickStatus: string
  unit: string
}

export type OrderBatch = {
  batchNumber: null | number
  completedQuantity: null | number
  id: string
  lot: null | string
  plannedQuantity: null | number
  status: string
}

export type OrderStationData = {
  batches: OrderBatch[]
  step: OrderStep
  can: { update: boolean }
  ingredients: OrderIngredient[]
  lots: StationLot[]
  order: {
    id: number
    mode: 'batch' | 'discrete'
    number: string
    product: string
    quantity: null | number
    unit: string
  }
}

/**
 * What a manufacturing order's station shows: its ingredient lines with what each still needs
 * picked and the lots picked so far, the lots free at its floor for them, its output rows
 * (batches) and whether the user may pick and record. Null when the order does not exist or the
 * user may not read it.
 */
export async function loadOrderStation(
  req: PayloadRequest,
  id: number,
): Promise<null | OrderStationData> {
  const order = await findReadable(req, 'manufacturing-orders', id)
  if (!order) return null
  const rows = (order.ingredients ?? []).filter((row) => row.id)
  const itemIds = [idOf(order.product), ...rows.map((row) => idOf(row.item))]
  const items = new Map(
    (await findAllByIds(req, 'items', itemIds, { name: true, sku: true, unit: true })).map(
      (item) => [item.id, item],
    ),
  )
  const lotIds = rows.flatMap((row) => (row.pickedLots ?? []).map((p) => idOf(p.lot)))
  const outputLots = (order.outputs ?? []).flatMap((row) => (row.lot ? [idOf(row.lot)] : []))
  const codes = new Map(
    (await findAllByIds(req, 'lots', [...lotIds, ...outputLots], { code: true })).map((lot) => [
      lot.id,
      lot.code,
    ]),
  )
  const location = order.location ? idOf(order.location) : null
  const product = items.get(idOf(order.product))
  return {
    step: await orderStep(req, order),
    batches: (order.outputs ?? []).map((row) => ({
      batchNumber: row.batchNumber ?? null,
      completedQuantity: row.completedQuantity ?? null,
      id: row.id!,
      lot: row.lot ? (codes.get(idOf(row.lot)) ?? null) : null,
      plannedQuantity: row.plannedQuantity ?? null,
      status: row.status ?? 'pending',
    })),
    can: { update: await userHolds(req.payload, req.user, 'manufacturingOrders.update') },
    ingredients: rows.map((row) => ingredientOf(row, items, codes)),
    lots:
      location === null
        ? []
        : await lotsOffered(
            req,
            location,
            rows.map((row) => idOf(row.item)),
          ),
    order: {
      id: order.id,
      mode: order.mode === 'batch' ? 'batch' : 'discrete',
      number: order.orderNumber ?? String(order.id),
      product: product ? `${product.sku} · ${product.name}` : '',
      quantity: order.quantity ?? null,
      unit: product?.unit ?? '',
    },
  }
}

type Row = NonNullable<ManufacturingOrder['ingredients']>[number]

/** An ingredient line as the station shows it: item, quantities, lots picked by code. */
const ingredientOf = (
  row: Row,
  items: Map<number, Pick<Item, 'name' | 'sku' | 'unit'>>,
  codes: Map<number, string>,
): OrderIngredient => {
  const item = items.get(idOf(row.item))
  return {
    actualOverride: row.actualOverride ?? null,
    backflushedQuantity: row.backflushedQuantity ?? 0,
    id: row.id!,
    item: idOf(row.item),
    lotStrategy: row.lotStrategy ?? 'fifo',
    name: item?.name ?? '',
    pickedLots: (row.pickedLots ?? []).map((p) => ({
      code: codes.get(idOf(p.lot)) ?? String(idOf(p.lot)),
      quantity: p.quantity,
    })),
    pickedQuantity: row.pickedQuantity ?? 0,
    pickStatus: row.pickStatus ?? 'not_picked',
    plannedQuantity: row.plannedQuantity,
    sku: row.sku ?? item?.sku ?? '',
    unit: item?.unit ?? '',
  }
}
