import type { Payload } from 'payload'

import { query, sql, type Db } from '../platform/transactionDb'

/**
 * The sequence order numbers come from. The migration creates it; a development database whose
 * schema Payload pushes gets it here, and since a push may drop what it does not know, the
 * sequence is moved past the highest number already given, so no number is handed out twice.
 */
export async function ensureOrderNumberSequence(payload: Payload): Promise<void> {
  const db = (payload.db as unknown as { drizzle: Db }).drizzle
  await query(db, sql`create sequence if not exists manufacturing_order_number_seq`)
  await query(
    db,
    sql`select setval('manufacturing_order_number_seq', m.n)
        from (select max(substring(order_number from '[0-9]+$')::bigint) as n
              from manufacturing_orders) m
        where m.n is not null
          and m.n > (select case when is_called then last_value else last_value - 1 end
                     from manufacturing_order_number_seq)`,
  )
}
