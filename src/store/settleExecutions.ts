import type { PayloadRequest } from 'payload'

import type { Execution } from '../payload-types'
import { bringStockToStatus } from '../executions/bringStockToStatus'

/**
 * Brings each served execution's stock to its status again: with the materials now on its floor,
 * its own reservation there takes them (the store's reservation was released as they left).
 */
export async function settleExecutions(req: PayloadRequest, ids: number[]): Promise<void> {
  for (const id of ids) {
    const doc = (await req.payload.findByID({
      collection: 'executions',
      depth: 0,
      id,
      overrideAccess: true,
      req,
    })) as Execution
    await bringStockToStatus(req, doc)
  }
}
