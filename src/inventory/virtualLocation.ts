import type { PayloadRequest } from 'payload'

import type { VirtualRole } from '../ledger'
import { query, sql, transactionDb } from '../platform/transactionDb'

const known = new WeakMap<object, Map<VirtualRole, number>>()

/**
 * The id of the virtual location that plays `role` (created at start by ensureVirtualLocations).
 * Remembered per database adapter: virtual locations can be neither edited nor deleted.
 */
export async function virtualLocation(req: PayloadRequest, role: VirtualRole): Promise<number> {
  const remembered = known.get(req.payload.db)?.get(role)
  if (remembered !== undefined) return remembered
  const [row] = await query<{ id: number }>(
    await transactionDb(req),
    sql`select id from locations where virtual_role = ${role}::enum_locations_virtual_role`,
  )
  if (!row)
    throw new Error(`The virtual ${role} location is missing; restart the app to recreate it.`)
  if (!known.has(req.payload.db)) known.set(req.payload.db, new Map())
  known.get(req.payload.db)!.set(role, row.id)
  return row.id
}
