import Big from 'big.js'
import type { PayloadRequest } from 'payload'

import { type LotCandidate, lotsAt } from '../ledger'
import { findAllByIds } from '../platform/findAllByIds'
import { findByIds } from '../platform/findByIds'
import { idOf } from '../platform/idOf'
import { openToPick } from '../store/rules/pickChoice'
import { isClosedRequisition } from '../store/rules/requisitionLines'
import { lotQuantity, type Requisition } from '../store/requisitions'
import { type PickListLine, pickListRows, type PickListStatus } from './rules/pickListRows'

/** One requisition of a pick list: where it goes, and what to take for it, lot by lot. */
export type PickList = {
  code: string
  id: number
  executions: string[]
  floor: string
  /** YYYY-MM-DD, or empty. */
  productionDate: string
  rows: {
    location: string
    /** The lot's code; empty on a short row. */
    lot: string
    lotId: null | number
    name: string
    quantity: string
    sku: string
    status: PickListStatus
    unit: string
  }[]
  source: string
  state: string
}

const closed = (requisition: Requisition) => isClosedRequisition(requisition.state)

/** Names by id of a collection's documents (what the list prints: codes, SKUs, names). */
async function byId<T>(
  req: PayloadRequest,
  collection: 'executions' | 'items' | 'locations' | 'lots',
  ids: number[],
): Promise<Map<number, T>> {
  if (ids.length === 0) return new Map()
  const docs = await findAllByIds(req, collection, ids)
  return new Map(docs.map((doc) => [doc.id, doc as T]))
}

/** The lots available at the stores for the items, as lot picking sees them. */
async function candidatesAt(req: PayloadRequest, stores: number[], items: number[]) {
  const rows = await lotsAt(req, stores, items)
  const candidates = new Map<string, LotCandidate[]>()
  for (const row of rows) {
    const key = `${row.location_id}:${row.item_id}`
    candidates.set(key, [
      ...(candidates.get(key) ?? []),
      {
        available: new Big(row.available),
        disposition: row.disposition,
        expiresAt: row.expires_at ? new Date(row.expires_at) : null,
        lot: row.lot_id,
        receivedAt: new Date(row.received_at),
      },
    ])
  }
  return candidates
}

/**
 * The pick lists of the requisitions (as the user may read them, in the order given): for each
 * line, the lots picked and not issued yet, and for what is still open, the lots the item's
 * strategy would take at the store now. Cancelled and returned requisitions have nothing to pick.
 */
export async function pickListData(req: PayloadRequest, ids: number[]): Promise<PickList[]> {
  const requisitions = (await findByIds(req, 'material-requisitions', ids, {
    field: 'ids',
    noun: 'requisition',
  })) as Requisition[]
  const lines = requisitions.flatMap((r) => (closed(r) ? [] : (r.lines ?? [])))
  const itemIds = lines.map((line) => idOf(line.item))
  const [items, locations, executions, candidates] = await Promise.all([
    byId<{ lotStrategy?: null | string; name: string; sku: string; unit: string }>(
      req,
      'items',
      itemIds,
    ),
    byId<{ name: string }>(
      req,
      'locations',
      requisitions.flatMap((r) => [idOf(r.source), idOf(r.floor)]),
    ),
    byId<{ code?: null | string }>(
      req,
      'executions',
      requisitions.flatMap((r) => (r.executions ?? []).map(idOf)),
    ),
    itemIds.length
      ? candidatesAt(
          req,
          requisitions.map((r) => idOf(r.source)),
          itemIds,
        )
      : new Map<string, LotCandidate[]>(),
  ])
  const planned = plannedLines(requisitions, items)
  const rows = pickListRows(planned, candidates, new Date())
  const lots = await byId<{ code: string }>(
    req,
    'lots',
    rows.flat().flatMap((row) => (row.lot ? [row.lot] : [])),
  )
  let next = 0
  return requisitions.map((requisition) => {
    const source = locations.get(idOf(requisition.source))?.name ?? ''
    const own = closed(requisition)
      ? []
      : rows.slice(next, (next += requisition.lines?.length ?? 0))
    return {
      code: requisition.code ?? `#${requisition.id}`,
      id: requisition.id,
      executions: (requisition.executions ?? []).map(
        (e) => executions.get(idOf(e))?.code ?? `#${idOf(e)}`,
      ),
      floor: locations.get(idOf(requisition.floor))?.name ?? '',
      productionDate: requisition.productionDate?.slice(0, 10) ?? '',
      rows: own.flat().map((row) => {
        const item = items.get(row.item)
        return {
          location: source,
          lot: row.lot ? (lots.get(row.lot)?.code ?? `#${row.lot}`) : '',
          lotId: row.lot ?? null,
          name: item?.name ?? '',
          quantity: row.quantity.toFixed(),
          sku: item?.sku ?? `#${row.item}`,
          status: row.status,
          unit: item?.unit ?? '',
        }
      }),
      source,
      state: requisition.state,
    }
  })
}

/** The requisitions as the user may read them, in the order given; an unknown id is a 400. */
/** Each open line: what it still needs, the lots picked and not yet issued, its strategy. */
const plannedLines = (
  requisitions: Requisition[],
  items: Map<number, { lotStrategy?: null | string }>,
): PickListLine[] =>
  requisitions.flatMap((requisition) =>
    closed(requisition)
      ? []
      : (requisition.lines ?? []).map((line) => ({
          item: idOf(line.item),
          key: `${idOf(requisition.source)}:${idOf(line.item)}`,
          open: openToPick(line),
          picked: (line.lots ?? []).map((row) => ({
            lot: idOf(row.lot),
            quantity: lotQuantity(row, 'picked').minus(lotQuantity(row, 'issued')),
          })),
          strategy: items.get(idOf(line.item))?.lotStrategy === 'lifo' ? 'lifo' : 'fifo',
        })),
  )
