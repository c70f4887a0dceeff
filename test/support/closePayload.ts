import type { Payload } from 'payload'
import type pg from 'pg'

/**
 * Lets a script drop its database afterwards. Payload's Postgres adapter keeps one pool client
 * checked out for good (its connect() never releases it) and destroy() does not end the pool:
 * pool.end() would wait for that client for ever. End the idle clients now; dropping the
 * database closes the last one, whose error is expected and ignored.
 */
export async function closePayload(payload: Payload | undefined): Promise<void> {
  const pool = (payload?.db as unknown as { pool?: pg.Pool } | undefined)?.pool
  await payload?.destroy()
  pool?.on('error', () => undefined)
  void pool?.end()
}
