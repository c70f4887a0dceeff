import type { PayloadRequest } from 'payload'

import type { OrderPlan } from '../recipes/rules/orderPlan'
import { idOf } from '../platform/idOf'
import { loadWorkflow } from '../workflow/workflow'
import { orderOutput } from './orderDocument'

export type NewOrder = {
  customer?: null | number
  deadline?: null | string
  /** Left out: where the product is made (see fillOrderLocation). */
  location?: number
  notes?: string
  product: number
  salesOrder?: number
  salesOrderLine?: string
  size: OrderPlan
}

/** An order an action created, as the action reports it. */
export type CreatedOrder = {
  /** Batch mode only. */
  batches?: number
  bom: number
  id: number
  mode: OrderPlan['mode']
  orderNumber: string
  product: number
  /** What the order plans to make: its quantity, or its batches × the recipe's output. */
  quantity: string
}

/**
 * Creates a manufacturing order through the Local API with the user's own access, so the
 * collection's hooks snapshot the product's active recipe, number it and post what its status
 * makes due, exactly as for an order created by hand, in the settings' default status.
 */
export async function createOrder(req: PayloadRequest, order: NewOrder): Promise<CreatedOrder> {
  const { size, ...data } = order
  const { defaultStatus } = await loadWorkflow(req)
  const doc = await req.payload.create({
    collection: 'manufacturing-orders',
    data: {
      ...data,
      status: defaultStatus,
      ...(size.mode === 'batch'
        ? { batches: size.batches, mode: 'batch' as const }
        : { mode: 'discrete' as const, quantity: Number(size.quantity.toFixed()) }),
    },
    depth: 0,
    overrideAccess: false,
    req,
    user: req.user,
  })
  return {
    ...(doc.mode === 'batch' ? { batches: doc.batches ?? 1 } : {}),
    bom: idOf(doc.bom),
    id: doc.id,
    mode: doc.mode ?? size.mode,
    orderNumber: doc.orderNumber ?? '',
    product: idOf(doc.product),
    quantity: orderOutput(doc).toFixed(),
  }
}
