import type { PayloadRequest } from 'payload'

import type { VirtualRole } from '../domain/movementRules'
import { query, sql, transactionDb } from '../ledger/transactionDb'

/** The id of the virtual location that plays `role` (created at start by ensureVirtualLocations). */
export async function virtualLocation(req: PayloadRequest, role: VirtualRole): Promise<number> {
  const [row] = await query<{ id: number }>(
    await transactionDb(req),
    sql`select id from locations where virtual_role = ${role}::enum_locations_virtual_role`,
  )
  if (!row)
    throw new Error(`The virtual ${role} location is missing; restart the app to recreate it.`)
  return row.id
}
