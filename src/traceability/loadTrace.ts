import type { PayloadRequest } from 'payload'

import { flowsOfDocumentsMoving, type ProductionFlow } from '../ledger'
import { type Direction, type EventNet, farSide, netFlows } from './rules/lotTrace'

/**
 * The net flows of every document on `lot`'s paths in `direction`, read level by level from the
 * ledger: the documents that made (backward) or used (forward) the lots reached so far, then the
 * lots on their far side, until no new lot appears. One read per level.
 */
export async function loadTrace(
  req: PayloadRequest,
  lot: number,
  direction: Direction,
): Promise<Map<string, EventNet>> {
  const events = new Map<string, EventNet>()
  const reached = new Set([lot])
  for (let frontier = [lot]; frontier.length;) {
    const flows = await flowsOfDocumentsMoving(
      req,
      frontier,
      direction === 'backward' ? 'out' : 'in',
    )
    const fresh = netFlows(flows.filter((flow: ProductionFlow) => !events.has(flow.event)))
    frontier = []
    for (const [event, net] of fresh) {
      events.set(event, net)
      for (const [far] of farSide(net, direction)) {
        if (reached.has(far)) continue
        reached.add(far)
        frontier.push(far)
      }
    }
  }
  return events
}
