import type { PayloadRequest } from 'payload'

import type { ManufacturingOrder } from '../payload-types'
import { conflict, invalid } from '../platform/errors'
import { query, sql, transactionDb } from '../platform/transactionDb'
import { loadWorkflow } from '../workflow/workflow'

/**
 * The order an action names, whole (costs included, for the action's own arithmetic) once the
 * user is known to be able to read it; a done order is locked. The row is locked for the action.
 */
export async function loadOpenOrder(req: PayloadRequest, id: unknown): Promise<ManufacturingOrder> {
  if (!Number.isSafeInteger(id) || (id as number) <= 0)
    throw invalid('order', 'must be the id of a manufacturing order')
  const { totalDocs } = await req.payload.count({
    collection: 'manufacturing-orders',
    overrideAccess: false,
    req,
    user: req.user,
    where: { id: { equals: id } },
  })
  if (totalDocs === 0) throw invalid('order', `no manufacturing order with id ${id}`)
  // Two recordings on one order take turns: each reads what the other wrote.
  await query(
    await transactionDb(req),
    sql`select 1 from manufacturing_orders where id = ${id as number} for no key update`,
  )
  const order = await req.payload.findByID({
    collection: 'manufacturing-orders',
    depth: 0,
    id: id as number,
    overrideAccess: true,
    req,
  })
  const { statuses, terminal } = await loadWorkflow(req)
  if (order.status === terminal) {
    const done = statuses.find((s) => s.id === terminal)?.name ?? 'done'
    throw conflict(`${order.orderNumber} is ${done} and locked: move it back to record output.`)
  }
  return order
}
