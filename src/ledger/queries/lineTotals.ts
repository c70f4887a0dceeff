import type { PayloadRequest } from 'payload'

import { query, sql, transactionDb } from '../../platform/transactionDb'

type Source = { collection: string; id: number | string }

/**
 * The cost and the quantity each of a document's lines (those whose source line starts with
 * `linePrefix`) took out of `location`, net of what came back there; reservations move neither
 * and are left out.
 */
export async function lineCostsAt(
  req: PayloadRequest,
  source: Source,
  location: number,
  linePrefix: string,
): Promise<{ cost: string; line: string; quantity: string }[]> {
  return query<{ cost: string; line: string; quantity: string }>(
    await transactionDb(req),
    sql`select source_line as line,
          sum(case when from_id = ${location} then quantity * unit_cost
                   when to_id = ${location} then -quantity * unit_cost else 0 end)::text as cost,
          sum(case when from_id = ${location} then quantity
                   when to_id = ${location} then -quantity else 0 end)::text as quantity
        from stock_movements
        where source_collection = ${source.collection} and source_id = ${String(source.id)}
          and source_line like ${`${linePrefix}%`} and reason not in ('reserve', 'release')
        group by source_line`,
  )
}

/**
 * What each of a document's lines (those whose source line starts with `linePrefix`) consumed
 * from each lot at `location`, net of what production returned, by line and lot.
 */
export async function lineLotsUsedAt(
  req: PayloadRequest,
  source: Source,
  location: number,
  linePrefix: string,
): Promise<{ line: string; lot: number; quantity: string }[]> {
  return query<{ line: string; lot: number; quantity: string }>(
    await transactionDb(req),
    sql`select source_line as line, lot_id as lot,
          sum(case when from_id = ${location} then quantity else -quantity end)::text as quantity
        from stock_movements
        where source_collection = ${source.collection} and source_id = ${String(source.id)}
          and source_line like ${`${linePrefix}%`} and reason in ('consume', 'produce')
        group by source_line, lot_id`,
  )
}
