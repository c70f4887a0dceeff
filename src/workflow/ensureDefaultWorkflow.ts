import { createLocalReq, type Payload } from 'payload'
import { generateNKeysBetween } from 'payload/shared'

import { query, sql, transactionDb } from '../platform/transactionDb'
import { inTransaction } from '../platform/inTransaction'

/** The workflow a fresh install starts with; admins rename, recolor, reorder and extend it. */
export const defaultStatuses = [
  { color: 'gray', icon: 'clipboard', name: 'Plan' },
  { color: 'blue', icon: 'play', name: 'In Progress' },
  { color: 'green', icon: 'check', name: 'Completed' },
] as const

/**
 * Creates Plan → In Progress → Completed when there are no statuses yet. The general rules left
 * empty fall back to deducting at In Progress and adding at Completed (see `rulesOf`). One
 * transaction under an advisory lock: app servers starting together create them once.
 */
export async function ensureDefaultWorkflow(payload: Payload): Promise<void> {
  const req = await createLocalReq({}, payload)
  await inTransaction(req, async () => {
    await query(
      await transactionDb(req),
      sql`select pg_advisory_xact_lock(hashtextextended('production-statuses/defaults', 0))`,
    )
    const { totalDocs } = await payload.count({ collection: 'production-statuses', req })
    if (totalDocs > 0) return
    // Placed explicitly, one after another: a status left unplaced goes before the final one.
    const keys = generateNKeysBetween(null, null, defaultStatuses.length)
    for (const [index, status] of defaultStatuses.entries()) {
      await payload.create({
        collection: 'production-statuses',
        data: { ...status, _order: keys[index] },
        req,
      })
    }
  })
}
