import { defineAction } from '../../platform/defineAction'
import { notFound } from '../../platform/errors'
import { findAllByIds } from '../../platform/findAllByIds'
import { documentId } from '../../platform/parseInput'
import { loadTrace } from '../loadTrace'
import { lotsIn, type TraceNode, traceTree } from '../rules/lotTrace'
import {
  documentViews,
  lotViews,
  type OnHandView,
  onHandViews,
  type TraceDocumentView,
  type TraceLotView,
} from '../traceViews'

export type LotTrace = {
  /** Every lot that went into the lot, through every level. */
  backward: TraceNode
  /** The documents of both trees (`executions:12`), named, with their sales orders and customers. */
  documents: Record<string, TraceDocumentView>
  /** Everything made from the lot, through every level. */
  forward: TraceNode
  lot: number
  /** The lots of both trees and the lot itself, with their items (`unitCost` with items.viewCosts). */
  lots: Record<string, TraceLotView>
  /** Where each lot of both trees is on hand now, at physical locations. */
  onHand: Record<string, OnHandView[]>
}

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
  perform: async (req, args) => {
    const lot = documentId(args.lot, 'lot', 'a lot')
    const [found] = await findAllByIds(req, 'lots', [lot])
    if (!found) throw notFound('lot', `no lot with id ${lot}`)
    const backwardEvents = await loadTrace(req, lot, 'backward')
    const forwardEvents = await loadTrace(req, lot, 'forward')
    const backward = traceTree(backwardEvents, lot, 'backward')
    const forward = traceTree(forwardEvents, lot, 'forward')
    const lots = [lot, ...lotsIn(backward), ...lotsIn(forward)]
    const unique = [...new Set(lots)]
    return {
      backward,
      documents: await documentViews(req, [
        ...new Set([...backwardEvents.keys(), ...forwardEvents.keys()]),
      ]),
      forward,
      lot,
      lots: await lotViews(req, unique),
      onHand: await onHandViews(req, unique),
    }
  },
})
