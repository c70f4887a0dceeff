/**
 * The connection pool settings the plugin is built for: `postgresAdapter({ pool: databasePool({
 * connectionString }) })`. Every wait is bounded, so no request can hold the server for ever:
 *
 * - A request needs one connection for its transaction; `max` of them run at once, the rest
 *   queue. One that cannot get a connection within `acquireTimeoutMs` answers 503 and writes
 *   nothing.
 * - A statement running longer than `statementTimeoutMs` is cancelled (503, rolled back).
 * - A session left idle inside a transaction for `idleInTransactionTimeoutMs` is closed by
 *   PostgreSQL, which rolls it back and frees its locks.
 */
export type DatabasePoolOptions = {
  /** @default 10000 */
  acquireTimeoutMs?: number
  connectionString?: string
  /** @default 60000 */
  idleInTransactionTimeoutMs?: number
  /** @default 10 */
  max?: number
  /** @default 60000 */
  statementTimeoutMs?: number
}

/** What `pg.Pool` takes (a subset of its PoolConfig). */
export type DatabasePoolConfig = {
  connectionString?: string
  connectionTimeoutMillis: number
  idle_in_transaction_session_timeout: number
  max: number
  statement_timeout: number
}

export const databasePoolDefaults = {
  acquireTimeoutMs: 10_000,
  idleInTransactionTimeoutMs: 60_000,
  max: 10,
  statementTimeoutMs: 60_000,
} as const

export function databasePool(options: DatabasePoolOptions = {}): DatabasePoolConfig {
  const settings = { ...databasePoolDefaults, ...definedOf(options) }
  for (const name of Object.keys(databasePoolDefaults) as (keyof typeof databasePoolDefaults)[]) {
    const value = settings[name]
    if (!Number.isSafeInteger(value) || value < 1) {
      throw new TypeError(
        `databasePool: ${name} must be a whole number of at least 1, not ${value}`,
      )
    }
  }
  // Postgres' own transaction work (a push, a migration) may run a second query beside a request.
  if (settings.max < 2) throw new TypeError('databasePool: max must be at least 2')
  return {
    ...(options.connectionString ? { connectionString: options.connectionString } : {}),
    connectionTimeoutMillis: settings.acquireTimeoutMs,
    idle_in_transaction_session_timeout: settings.idleInTransactionTimeoutMs,
    max: settings.max,
    statement_timeout: settings.statementTimeoutMs,
  }
}

/** The pool options from `DATABASE_POOL_MAX`, `DATABASE_ACQUIRE_TIMEOUT_MS`, … (unset: defaults). */
export function databasePoolOptionsFromEnv(env: Record<string, string | undefined>) {
  const number = (name: string) => (env[name] ? Number(env[name]) : undefined)
  return {
    acquireTimeoutMs: number('DATABASE_ACQUIRE_TIMEOUT_MS'),
    connectionString: env.DATABASE_URI,
    idleInTransactionTimeoutMs: number('DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS'),
    max: number('DATABASE_POOL_MAX'),
    statementTimeoutMs: number('DATABASE_STATEMENT_TIMEOUT_MS'),
  } satisfies DatabasePoolOptions
}

const definedOf = <T extends object>(value: T): Partial<T> =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>
