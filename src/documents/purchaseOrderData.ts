import type { PayloadRequest } from 'payload'

import { findAllByIds } from '../platform/findAllByIds'
import { idOf } from '../platform/idOf'
import type { PurchaseOrder, Supplier } from '../payload-types'

/** One purchase order as it is printed and sent: to whom, what, how much, by when. */
export type PurchaseOrderSheet = {
  /** YYYY-MM-DD, or empty. */
  expectedDate: string
  lines: {
    name: string
    quantity: number
    sku: string
    /** Null when the reader may not see costs. */
    unitCost: null | number
    unit: string
  }[]
  notes: string
  number: string
  /** YYYY-MM-DD the order was made. */
  orderedOn: string
  status: string
  supplier: Pick<Supplier, 'address' | 'code' | 'email' | 'name' | 'phone'>
}

const day = (value: null | string | undefined) => (value ? value.slice(0, 10) : '')

/** The orders' sheets, in the order given; `costs`: whether unit costs are printed. */
export async function purchaseOrderSheets(
  req: PayloadRequest,
  orders: PurchaseOrder[],
  costs: boolean,
): Promise<PurchaseOrderSheet[]> {
  const suppliers = await findAllByIds(
    req,
    'suppliers',
    orders.map((order) => idOf(order.supplier)),
  )
  const items = await findAllByIds(
    req,
    'items',
    orders.flatMap((order) => (order.lines ?? []).map((line) => idOf(line.item))),
    { name: true, sku: true, unit: true },
  )
  const supplierById = new Map(suppliers.map((supplier) => [supplier.id, supplier]))
  const itemById = new Map(items.map((item) => [item.id, item]))
  return orders.map((order) => {
    const supplier = supplierById.get(idOf(order.supplier))
    return {
      expectedDate: day(order.expectedDate),
      lines: (order.lines ?? []).map((line) => {
        const item = itemById.get(idOf(line.item))
        return {
          name: item?.name ?? `Item ${idOf(line.item)}`,
          quantity: line.quantity,
          sku: item?.sku ?? '',
          unit: item?.unit ?? '',
          unitCost: costs ? line.unitCost : null,
        }
      }),
      notes: order.notes?.trim() ?? '',
      number: order.number ?? `#${order.id}`,
      orderedOn: day(order.createdAt),
      status: order.status ?? 'draft',
      supplier: {
        address: supplier?.address ?? null,
        code: supplier?.code ?? null,
        email: supplier?.email ?? null,
        name: supplier?.name ?? `Supplier ${idOf(order.supplier)}`,
        phone: supplier?.phone ?? null,
      },
    }
  })
}
