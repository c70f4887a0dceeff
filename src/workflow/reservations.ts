import Big from 'big.js'
import type { PayloadRequest } from 'payload'

import { type HeldReservation, reservable, type ReservationChanges } from './rules/reservations'
import { post, type PostingLineInput } from '../ledger'
import { intArray, query, sql, transactionDb } from '../platform/transactionDb'
import type { ProductionDocument } from './productionDocument'

/**
 * What a document holds reserved, by item, location and lot. Read from the ledger itself
 * (its reserve and release movements), so no second record can disagree with the balances.
 */
export async function loadReservations(
  req: PayloadRequest,
  doc: { collection: string; id: number },
): Promise<HeldReservation[]> {
  const rows = await query<{ item: number; location: number; lot: number; quantity: string }>(
    await transactionDb(req),
    sql`select item_id as item, from_id as location, lot_id as lot,
          sum(case when reason = 'reserve' then quantity else -quantity end)::text as quantity
        from stock_movements
        where source_collection = ${doc.collection} and source_id = ${String(doc.id)}
          and reason in ('reserve', 'release')
        group by item_id, from_id, lot_id
        having sum(case when reason = 'reserve' then quantity else -quantity end) <> 0
        order by item_id, from_id, lot_id`,
  )
  return rows.map((row) => ({ ...row, quantity: new Big(row.quantity) }))
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
  const db = await transactionDb(req)
  // The ledger's order: items by id, then their balances; locking balances first would deadlock
  // against a posting that holds the item and waits for the balance.
  await query(
    db,
    sql`select 1 from items where id = any(${intArray(items)}) order by id for no key update`,
  )
  await query(
    db,
    sql`select 1 from stock_balances where item_id = any(${intArray(items)}) and location_id = ${location}
        order by item_id, location_id, lot_id for no key update`,
  )
  const rows = await query<{ available: string; item: number }>(
    db,
    sql`select b.item_id as item, coalesce(sum(b.on_hand - b.reserved), 0)::text as available
        from stock_balances b join lots l on l.id = b.lot_id
        where b.item_id = any(${intArray(items)}) and b.location_id = ${location}
          and b.on_hand > b.reserved and l.disposition = 'available'
          and (l.expires_at is null or l.expires_at > now())
        group by b.item_id`,
  )
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
