import type { PayloadRequest } from 'payload'

import { intArray, query, sql, transactionDb } from '../../platform/transactionDb'

export type LotAt = {
  available: string
  disposition: 'available' | 'blocked'
  expires_at: null | string
  item_id: number
  location_id: number
  lot_id: number
  received_at: string
}

/** The lots of `items` with anything unreserved at `locations`, with what lot picking weighs. */
export async function lotsAt(
  req: PayloadRequest,
  locations: readonly number[],
  items: readonly number[],
): Promise<LotAt[]> {
  return query<LotAt>(
    await transactionDb(req),
    sql`select b.item_id, b.location_id, b.lot_id, (b.on_hand - b.reserved)::text as available,
          l.disposition::text as disposition, l.expires_at, l.received_at
        from stock_balances b join lots l on l.id = b.lot_id
        where b.location_id = any(${intArray(locations)}) and b.item_id = any(${intArray(items)})
          and b.on_hand - b.reserved > 0`,
  )
}

/** The lots with their codes and what each holds at `location` (null when nothing ever). */
export async function lotsOnHandAt(
  req: PayloadRequest,
  lots: readonly number[],
  location: number,
): Promise<{ code: string; id: number; on_hand: null | string }[]> {
  return query<{ code: string; id: number; on_hand: null | string }>(
    await transactionDb(req),
    sql`select l.id, l.code, (select sum(b.on_hand) from stock_balances b
          where b.lot_id = l.id and b.location_id = ${location})::text as on_hand
        from lots l where l.id = any(${intArray(lots)})`,
  )
}

/** What each of an item's `lots` has available at `location`, for the lots with a balance there. */
export async function lotsAvailableAt(
  req: PayloadRequest,
  item: number,
  location: number,
  lots: readonly number[],
): Promise<{ available: string; lot_id: number }[]> {
  return query<{ available: string; lot_id: number }>(
    await transactionDb(req),
    sql`select lot_id, available::text as available from stock_balances
        where item_id = ${item} and location_id = ${location}
          and lot_id = any(${intArray(lots)})`,
  )
}

/** The lots of `items` on hand at physical locations, each balance with its lot's unit cost. */
export async function lotsOnHand(
  req: PayloadRequest,
  items: readonly number[],
): Promise<{ item: number; on_hand: string; unit_cost: null | string }[]> {
  return query<{ item: number; on_hand: string; unit_cost: null | string }>(
    await transactionDb(req),
    sql`select b.item_id as item, b.on_hand::text as on_hand, l.unit_cost::text as unit_cost
          from stock_balances b
          join locations loc on loc.id = b.location_id and loc.kind <> 'virtual'
          join lots l on l.id = b.lot_id
          where b.item_id = any(${intArray(items)}) and b.on_hand > 0`,
  )
}

/** What a lot holds in all, at physical locations ("0" when nothing). */
export async function lotOnHand(req: PayloadRequest, lot: number): Promise<string> {
  const [row] = await query<{ on_hand: string }>(
    await transactionDb(req),
    sql`select coalesce(sum(b.on_hand), 0)::text as on_hand from stock_balances b
          join locations loc on loc.id = b.location_id and loc.kind <> 'virtual'
          where b.lot_id = ${lot}`,
  )
  return row?.on_hand ?? '0'
}
