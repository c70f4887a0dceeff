import type { PayloadRequest } from 'payload'

import type { Trolley } from '../payload-types'
import type { Decimal } from '../platform/rules/decimal'
import { idOf } from '../platform/idOf'
import type { Requisition } from './requisitions'
import { trolleyWithout } from './rules/returns'
import { writeTrolleyLines } from './writeQuantities'

/**
 * Takes lots of a requisition off the trolley they waited on (back in store, or consumed on the
 * floor); a trolley left with nothing is emptied. The caller holds the requisition's row.
 * Written in place (see writeQuantities), as a concurrent status change may hold the executions
 * the trolley names.
 */
export async function takeOffTrolley(
  req: PayloadRequest,
  requisition: Requisition,
  takes: readonly { lot: number; quantity: Decimal }[],
): Promise<void> {
  const leaving = takes.filter((take) => take.quantity.gt(0))
  if (!requisition.trolley || leaving.length === 0) return
  const trolley = (await req.payload.findByID({
    collection: 'trolleys',
    depth: 0,
    id: idOf(requisition.trolley),
    overrideAccess: true,
    req,
  })) as Trolley
  await writeTrolleyLines(
    req,
    trolley.id,
    trolleyWithout(trolley.lines ?? [], requisition.id, leaving),
  )
}
