import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres/drizzle'

/**
 * `work`, or a failure after `seconds`: a request that never answers fails the test in bounded
 * time instead of hanging the suite.
 */
export function withinSeconds<T>(seconds: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer within ${seconds} s: the app is stuck`)),
      seconds * 1000,
    )
  })
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}

/** Sessions of this database left idle inside an open transaction (none once requests end). */
export async function idleInTransaction(payload: Payload): Promise<number> {
  const db = (payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<any> } })
    .drizzle
  const { rows } = await db.execute(
    sql`select count(*)::int as n from pg_stat_activity
        where datname = current_database() and state like 'idle in transaction%'`,
  )
  return rows[0].n
}
