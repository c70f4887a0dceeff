import type { PayloadRequest } from 'payload'

import type { Trolley } from '../payload-types'
import type { Decimal } from '../platform/rules/decimal'
import { idOf } from '../platform/idOf'
import type { Requisition } from './requisitions'
import { trolleyWithout } from './rules/returns'

/**
 * Takes lots of a requisition off the trolley they waited on (back in store, or consumed on the
 * floor); a trolley left with nothing is emptied. The caller holds the requisition's row.
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
  await req.payload.update({
    collection: 'trolleys',
    data: trolleyWithout(trolley.lines ?? [], requisition.id, leaving),
    depth: 0,
    id: trolley.id,
    overrideAccess: true,
    req,
  })
}
