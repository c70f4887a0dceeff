import type { PayloadRequest } from 'payload'

import { findAllByIds } from '../platform/findAllByIds'
import { idOf } from '../platform/idOf'
import type { ManufacturingOrder } from '../payload-types'
import { layoutOf, type ProductionOrderLayout } from '../workflow/rules/productionOrderLayouts'

type Quantity = { quantity: number; unit: string }
type Named = { name: string; sku: string; unit: string }

/** One production order as it prints: what to make, from what (lot by lot), how, and where. */
export type ProductionOrderSheet = {
  customer: string
  /** The order's id, printed as a QR code to scan. */
  id: number
  deadline: string
  ingredients: (Named & {
    actual: null | number
    lots: { code: string; id: number; quantity: number }[]
    picked: number
    planned: number
  })[]
  layout: ProductionOrderLayout
  location: string
  notes: string
  number: string
  operations: { crew: number; minutes: number; resource: string; step: string }[]
  outputs: {
    batch: string
    completed: number
    lot: string
    lotId: null | number
    planned: number
  }[]
  product: Named
  salesOrder: string
  size: Quantity & { batches: null | number }
  status: string
}

type Loaded = {
  items: Map<number, Named>
  lots: Map<number, string>
  names: Map<string, string>
}

const day = (value: null | string | undefined) => (value ? value.slice(0, 10) : '')

/** Everything the orders name, read once: items, lots, and the names of the rest. */
async function loadNamed(req: PayloadRequest, orders: ManufacturingOrder[]): Promise<Loaded> {
  const ids = <T>(pick: (order: ManufacturingOrder) => (null | T | undefined)[]) =>
    orders.flatMap(pick).filter((value): value is T => value !== null && value !== undefined)
  const itemIds = ids((o) => [
    o.product,
    ...(o.ingredients ?? []).map((line) => line.item),
    ...(o.operations ?? []).map((operation) => operation.resource),
  ]).map(idOf)
  const lotIds = ids((o) => [
    ...(o.ingredients ?? []).flatMap((line) => (line.pickedLots ?? []).map((pick) => pick.lot)),
    ...(o.outputs ?? []).map((row) => row.lot),
  ]).map(idOf)
  const [items, lots, locations, statuses, customers, salesOrders] = [
    await findAllByIds(req, 'items', itemIds, { name: true, sku: true, unit: true }),
    await findAllByIds(req, 'lots', lotIds, { code: true }),
    await findAllByIds(req, 'locations', ids((o) => [o.location]).map(idOf), { name: true }),
    await findAllByIds(req, 'production-statuses', ids((o) => [o.status]).map(idOf), {
      name: true,
    }),
    await findAllByIds(req, 'customers', ids((o) => [o.customer]).map(idOf), { name: true }),
    await findAllByIds(req, 'sales-orders', ids((o) => [o.salesOrder]).map(idOf), {
      number: true,
    }),
  ]
  const names = new Map<string, string>([
    ...locations.map((doc) => [`location:${doc.id}`, doc.name] as [string, string]),
    ...statuses.map((doc) => [`status:${doc.id}`, doc.name] as [string, string]),
    ...customers.map((doc) => [`customer:${doc.id}`, doc.name] as [string, string]),
    ...salesOrders.map((doc) => [`sales:${doc.id}`, doc.number ?? ''] as [string, string]),
  ])
  return {
    items: new Map(items.map((item) => [item.id, item as Named])),
    lots: new Map(lots.map((lot) => [lot.id, lot.code])),
    names,
  }
}

function sheetOf(order: ManufacturingOrder, loaded: Loaded, layout: ProductionOrderLayout) {
  const item = (id: unknown): Named =>
    loaded.items.get(idOf(id as number)) ?? {
      name: `Item ${idOf(id as number)}`,
      sku: '',
      unit: '',
    }
  const name = (kind: string, id: unknown) =>
    id === null || id === undefined ? '' : (loaded.names.get(`${kind}:${idOf(id as number)}`) ?? '')
  const product = item(order.product)
  const batches = order.mode === 'batch' ? (order.batches ?? null) : null
  return {
    customer: name('customer', order.customer),
    id: order.id,
    deadline: day(order.deadline),
    ingredients: (order.ingredients ?? []).map((line) => ({
      ...item(line.item),
      actual: line.actualQuantity ?? null,
      lots: (line.pickedLots ?? []).map((pick) => ({
        code: loaded.lots.get(idOf(pick.lot)) ?? `Lot ${idOf(pick.lot)}`,
        id: idOf(pick.lot),
        quantity: pick.quantity,
      })),
      picked: line.pickedQuantity ?? 0,
      planned: line.plannedQuantity,
    })),
    layout,
    location: name('location', order.location),
    notes: order.notes?.trim() ?? '',
    number: order.orderNumber ?? `#${order.id}`,
    operations: (order.operations ?? []).map((operation) => ({
      crew: operation.crewSize,
      minutes: operation.plannedMinutes,
      resource: operation.resource ? item(operation.resource).name : '',
      step: operation.step,
    })),
    outputs: (order.outputs ?? []).map((row, i) => ({
      batch: String(row.batchNumber ?? i + 1),
      completed: row.completedQuantity ?? 0,
      lot: row.lot ? (loaded.lots.get(idOf(row.lot)) ?? '') : '',
      lotId: row.lot ? idOf(row.lot) : null,
      planned: row.plannedQuantity ?? 0,
    })),
    product,
    salesOrder: name('sales', order.salesOrder),
    size: { batches, quantity: order.quantity ?? 0, unit: product.unit },
    status: name('status', order.status),
  }
}

/**
 * The orders' sheets in the order given, each in the layout asked for, else its own, else the
 * production settings'.
 */
export async function productionOrderSheets(
  req: PayloadRequest,
  orders: ManufacturingOrder[],
  requested: null | ProductionOrderLayout,
): Promise<ProductionOrderSheet[]> {
  const settings = await req.payload.findGlobal({ depth: 0, req, slug: 'production-settings' })
  const loaded = await loadNamed(req, orders)
  return orders.map((order) =>
    sheetOf(order, loaded, layoutOf(requested, order.layout, settings.productionOrderLayout)),
  )
}
