import type { CollectionBeforeChangeHook } from 'payload'

import { invalid } from '../../platform/errors'
import { idOf, refOf } from '../../platform/idOf'
import { salesOrderLineProblem } from '../rules/salesOrderLineChoice'

const given = (value: unknown) => value !== undefined

/** The value being saved: the incoming one when sent, else the stored one; null when empty. */
const saved =
  (data: Record<string, unknown>, original: Record<string, unknown> | undefined) =>
  (field: string): unknown => {
    const value = given(data[field]) ? data[field] : original?.[field]
    return value === undefined || value === '' ? null : value
  }

/**
 * An execution names the sales order line it makes together with its order (see
 * salesOrderLineChoice), checked whenever either is set, so the admin, REST and GraphQL all keep
 * an order with its line.
 */
export const refuseSalesOrderWithoutLine: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation === 'update' && !given(data.salesOrder) && !given(data.salesOrderLine)) return data
  const value = saved(data, originalDoc)
  const salesOrder = refOf(value('salesOrder')) ?? null
  // Only a whole positive id is looked up; anything else names no order.
  const order =
    Number.isSafeInteger(salesOrder) && salesOrder! > 0
      ? await req.payload.findByID({
          collection: 'sales-orders',
          depth: 0,
          disableErrors: true,
          id: salesOrder!,
          req,
          select: { lines: true, number: true },
        })
      : null
  const problem = salesOrderLineProblem({
    lines: order ? order.lines.map((line) => ({ id: line.id ?? '', item: idOf(line.item) })) : null,
    number: order?.number ?? `sales order ${salesOrder}`,
    product: refOf(value('product')),
    salesOrder,
    salesOrderLine: (value('salesOrderLine') as null | string) ?? null,
  })
  if (problem) throw invalid(problem.field, problem.message)
  return data
}
