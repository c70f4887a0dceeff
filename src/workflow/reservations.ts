import Big from 'big.js'
import type { PayloadRequest } from 'payload'

import { type HeldReservation, reservable, type ReservationChanges } from './rules/reservations'
import { lockReservable, post, type PostingLineInput, reservationsOf } from '../ledger'
import type { ProductionDocument } from './productionDocument'

/**
 * What a document holds reserved, by item, location and lot. Read from the ledger itself
 * (its reserve and release movements), so no second record can disagree with the balances.
 */
export async function loadReservations(
  req: PayloadRequest,
  doc: { collection: string; id: number },
): Promise<HeldReservation[]> {
  return reservationsOf(req, doc.collection, [doc.id])
}

/**
 * Stock a reservation may take per item at a location: on hand less reserved in lots the ledger
 * would pick (available disposition, not expired). The item and balance rows are locked in the
 * ledger's own order first, so the figure still holds when the reservation posts.
 */
async function reservableStock(
  req: PayloadRequest,
  items: number[],
  location: number,
): Promise<Map<number, Big>> {
  const rows = await lockReservable(req, items, location)
  return new Map(rows.map((row) => [row.item, new Big(row.available)]))
}

/** Releases the lots `changes` gives back; the caller consumes or re-reserves afterwards. */
export async function releaseReservations(
  req: PayloadRequest,
  doc: { collection: string; id: number },
  release: ReservationChanges['release'],
  key: string,
): Promise<void> {
  if (release.length === 0) return
  await post(req, {
    key,
    lines: releaseLines(release),
    source: { collection: doc.collection, id: doc.id },
  })
}

/** The ledger lines that release held reservations, lot by lot, where they are held. */
export const releaseLines = (release: ReservationChanges['release']): PostingLineInput[] =>
  release.map((row) => ({
    from: row.location,
    item: row.item,
    lot: row.lot,
    quantity: row.quantity.toFixed(),
    reason: 'release',
    to: row.location,
  }))

/** Reserves what `changes` asks for, as far as available stock goes; a shortage stays unreserved. */
export async function reserveStock(
  req: PayloadRequest,
  doc: Pick<ProductionDocument, 'collection' | 'id' | 'location'>,
  reserve: ReservationChanges['reserve'],
  key: string,
): Promise<void> {
  if (reserve.size === 0) return
  const stock = await reservableStock(req, [...reserve.keys()], doc.location)
  const lines = [...reserve]
    .map(([item, wanted]) => ({
      item,
      quantity: reservable(wanted, stock.get(item) ?? new Big(0)),
    }))
    .filter((line) => line.quantity.gt(0))
  if (lines.length === 0) return
  await post(req, {
    key,
    lines: lines.map((line) => ({
      from: doc.location,
      item: line.item,
      quantity: line.quantity.toFixed(),
      reason: 'reserve' as const,
      to: doc.location,
    })),
    source: { collection: doc.collection, id: doc.id },
  })
}
