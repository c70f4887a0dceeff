import { defineAction } from '../../platform/defineAction'
import { documentId } from '../../platform/parseInput'
import { type LotTrace, lotTraceOf } from '../lotTraceOf'

/**
 * `traceLot`: where a lot came from and where it went, from the stock movements alone: backward,
 * every lot of every item that went into it, through every level (executions, manufacturing
 * orders, production runs, inventory additions); forward, everything made from it, the sales
 * orders and customers it was made for, and where each lot is now.
 */
export const traceLot = defineAction<{ lot: number }, LotTrace>({
  args: { lot: 'Int!' },
  costs: { unitCost: 'items.viewCosts' },
  description: 'trace lots',
  kind: 'query',
  name: 'traceLot',
  permission: 'inventory.trace',
  perform: (req, args) => lotTraceOf(req, documentId(args.lot, 'lot', 'a lot')),
})
