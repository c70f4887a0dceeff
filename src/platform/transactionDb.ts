import type { PayloadRequest } from 'payload'

import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'
import { check } from '@payloadcms/db-postgres/drizzle/pg-core'

/** What the ledger needs of a drizzle handle: run a statement, get rows. */
export type Db = { execute: (query: SQL) => Promise<{ rows: Record<string, unknown>[] }> }

/** The drizzle handle bound to the request's transaction (or the pool outside one). */
export async function transactionDb(req: PayloadRequest): Promise<Db> {
  const db = req.payload.db as unknown as {
    drizzle: Db
    sessions: Record<string, { db: Db }>
  }
  const id = req.transactionID ? await req.transactionID : undefined
  return (id !== undefined && db.sessions[String(id)]?.db) || db.drizzle
}

/** Runs one statement and returns its rows. */
export async function query<Row>(db: Db, statement: SQL): Promise<Row[]> {
  return (await db.execute(statement)).rows as Row[]
}

/** A JSON document as one parameter: set-based statements take any number of lines this way. */
export const json = (value: unknown): SQL => sql`${JSON.stringify(value)}::jsonb`

export { sql }

/**
 * A list of ids as one `int[]` parameter, so `= any(…)` gets a row estimate the planner can use
 * (a jsonb subquery hides its length). Ids are integers checked by validation, never text.
 */
export const intArray = (ids: readonly number[]): SQL => {
  if (!ids.every(Number.isSafeInteger)) throw new TypeError('intArray takes integer ids only')
  return sql`${`{${ids.join(',')}}`}::int[]`
}

/**
 * A CHECK constraint as the drizzle schema declares it (for a postgres adapter's schema hook), so
 * a schema push and `migrate:create` know it instead of dropping it. `expression` is written as
 * PostgreSQL prints it back (pg_get_constraintdef), which is what a push compares it with.
 */
export const checkConstraint = (name: string, expression: string) =>
  check(name, sql.raw(expression))
