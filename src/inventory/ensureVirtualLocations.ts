import type { Payload } from 'payload'

import { virtualRoles } from '../ledger'
import { json, query, sql } from '../platform/transactionDb'

const names: Record<(typeof virtualRoles)[number], string> = {
  adjustment: 'Virtual / Inventory adjustment',
  customer: 'Virtual / Customers',
  loss: 'Virtual / Loss',
  production: 'Virtual / Production',
  supplier: 'Virtual / Suppliers',
}

/**
 * The virtual locations exist from the first start: the other side of receipts, consumption,
 * production, losses and adjustments. Written directly because no API may create them, and
 * idempotent (one per role, by the unique role index), so every app server may run it.
 */
export async function ensureVirtualLocations(payload: Payload): Promise<void> {
  const db = (payload.db as unknown as { drizzle: Parameters<typeof query>[0] }).drizzle
  await query(
    db,
    sql`insert into locations (name, kind, virtual_role, updated_at, created_at)
        select r.name, 'virtual', r.role::enum_locations_virtual_role, now(), now()
        from jsonb_to_recordset(${json(virtualRoles.map((role) => ({ name: names[role], role })))}) as r(name text, role text)
        on conflict do nothing`,
  )
}
