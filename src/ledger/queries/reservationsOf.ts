import Big from 'big.js'
import type { PayloadRequest } from 'payload'

import type { Decimal } from '../../platform/rules/decimal'
import { query, sql, transactionDb } from '../../platform/transactionDb'

export type Reservation = { item: number; location: number; lot: number; quantity: Decimal }

/**
 * What documents of one collection hold reserved, by item, location and lot (added up over the
 * documents). Read from the ledger itself (their reserve and release movements), so no second
 * record can disagree with the balances.
 */
export async function reservationsOf(
  req: PayloadRequest,
  collection: string,
  ids: readonly (number | string)[],
): Promise<Reservation[]> {
  const sources =
    ids.length === 1 ? sql`= ${String(ids[0])}` : sql`= any(${`{${ids.join(',')}}`}::text[])`
  const rows = await query<{ item: number; location: number; lot: number; quantity: string }>(
    await transactionDb(req),
    sql`select item_id as item, from_id as location, lot_id as lot,
          sum(case when reason = 'reserve' then quantity else -quantity end)::text as quantity
        from stock_movements
        where source_collection = ${collection} and source_id ${sources}
          and reason in ('reserve', 'release')
        group by item_id, from_id, lot_id
        having sum(case when reason = 'reserve' then quantity else -quantity end) <> 0
        order by item_id, from_id, lot_id`,
  )
  return rows.map((row) => ({ ...row, quantity: new Big(row.quantity) }))
}
