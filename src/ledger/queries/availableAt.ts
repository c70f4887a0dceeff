import type { PayloadRequest } from 'payload'

import { intArray, query, sql, transactionDb } from '../../platform/transactionDb'

/** Stock the ledger would pick: on hand beyond reserved, in lots neither blocked nor expired. */
const pickable = sql`b.on_hand > b.reserved and l.disposition = 'available'
    and (l.expires_at is null or l.expires_at > now())`

/** What the ledger would pick of each item at each of `locations`, by item and location. */
export async function pickableAt(
  req: PayloadRequest,
  items: readonly number[],
  locations: readonly number[],
): Promise<{ available: string; item: number; location: number }[]> {
  return query<{ available: string; item: number; location: number }>(
    await transactionDb(req),
    sql`select b.item_id as item, b.location_id as location,
          sum(b.on_hand - b.reserved)::text as available
        from stock_balances b join lots l on l.id = b.lot_id
        where b.item_id = any(${intArray(items)}) and b.location_id = any(${intArray(locations)})
          and ${pickable}
        group by b.item_id, b.location_id`,
  )
}

/** What the ledger would pick of each item at the warehouses other than `except`, by item. */
export async function pickableInWarehouses(
  req: PayloadRequest,
  items: readonly number[],
  except: readonly number[],
): Promise<{ available: string; item: number }[]> {
  return query<{ available: string; item: number }>(
    await transactionDb(req),
    sql`select b.item_id as item, sum(b.on_hand - b.reserved)::text as available
        from stock_balances b join lots l on l.id = b.lot_id
          join locations w on w.id = b.location_id and w.kind = 'warehouse'
        where b.item_id = any(${intArray(items)}) and not (b.location_id = any(${intArray(except)}))
          and ${pickable}
        group by b.item_id`,
  )
}

/**
 * What a reservation may take of each item at `location` (what the ledger would pick), with the
 * item and balance rows locked in the ledger's own order first, so the figure still holds when
 * the reservation posts in the same transaction.
 */
export async function lockReservable(
  req: PayloadRequest,
  items: readonly number[],
  location: number,
): Promise<{ available: string; item: number }[]> {
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
  return query<{ available: string; item: number }>(
    db,
    sql`select b.item_id as item, coalesce(sum(b.on_hand - b.reserved), 0)::text as available
        from stock_balances b join lots l on l.id = b.lot_id
        where b.item_id = any(${intArray(items)}) and b.location_id = ${location}
          and ${pickable}
        group by b.item_id`,
  )
}

/** Which of `items` have anything available at `location`. */
export async function itemsAvailableAt(
  req: PayloadRequest,
  location: number,
  items: readonly number[],
): Promise<number[]> {
  const rows = await query<{ item: number }>(
    await transactionDb(req),
    sql`select distinct item_id as item from stock_balances
        where location_id = ${location} and available > 0 and item_id = any(${intArray(items)})`,
  )
  return rows.map((row) => row.item)
}
