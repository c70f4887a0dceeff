import type { Payload } from 'payload'

import { query, sql, type Db } from '../ledger/transactionDb'

/**
 * The sequence order numbers come from. The migration creates it; a development database whose
 * schema Payload pushes instead gets it here, so creating an order works either way.
 */
export async function ensureOrderNumberSequence(payload: Payload): Promise<void> {
  await query(
    (payload.db as unknown as { drizzle: Db }).drizzle,
    sql`create sequence if not exists manufacturing_order_number_seq`,
  )
}
