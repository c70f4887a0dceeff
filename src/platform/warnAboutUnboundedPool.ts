import type { Payload } from 'payload'

type PoolOptions = { connectionTimeoutMillis?: number; statement_timeout?: number }

/**
 * Warns at start when the app's pool lets a request wait for ever (pg's default): under load such
 * a request holds its caller until the process is restarted. `databasePool()` sets every bound.
 */
export function warnAboutUnboundedPool(payload: Payload): void {
  const options = (payload.db as unknown as { pool?: { options?: PoolOptions } }).pool?.options
  if (!options) return
  const missing = [
    ...(options.connectionTimeoutMillis ? [] : ['connectionTimeoutMillis']),
    ...(options.statement_timeout ? [] : ['statement_timeout']),
  ]
  if (missing.length === 0) return
  payload.logger.warn(
    `payload-plugin-manufacturing: the database pool has no ${missing.join(' and no ')}, so a busy database makes requests wait for ever; use postgresAdapter({ pool: databasePool({ connectionString }) }).`,
  )
}
