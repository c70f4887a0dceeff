import type { PayloadRequest } from 'payload'

import { notFound } from '../platform/errors'
import { findAllByIds } from '../platform/findAllByIds'
import { loadTrace } from './loadTrace'
import { lotsIn, type TraceNode, traceTree } from './rules/lotTrace'
import {
  documentViews,
  lotViews,
  type OnHandView,
  onHandViews,
  type TraceDocumentView,
  type TraceLotView,
} from './traceViews'

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

/** A lot's trace both ways, its lots, documents and where each lot is now; 404 for no such lot. */
export async function lotTraceOf(req: PayloadRequest, lot: number): Promise<LotTrace> {
  const [found] = await findAllByIds(req, 'lots', [lot], { code: true })
  if (!found) throw notFound('lot', `no lot with id ${lot}`)
  const backwardEvents = await loadTrace(req, lot, 'backward')
  const forwardEvents = await loadTrace(req, lot, 'forward')
  const backward = traceTree(backwardEvents, lot, 'backward')
  const forward = traceTree(forwardEvents, lot, 'forward')
  const lots = [...new Set([lot, ...lotsIn(backward), ...lotsIn(forward)])]
  const events = [...new Set([...backwardEvents.keys(), ...forwardEvents.keys()])]
  return {
    backward,
    documents: await documentViews(req, events),
    forward,
    lot,
    lots: await lotViews(req, lots),
    onHand: await onHandViews(req, lots),
  }
}
