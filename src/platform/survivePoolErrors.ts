import type { Payload } from 'payload'

type EventSource = {
  listenerCount: (event: string) => number
  on: (event: string, listener: (error: Error) => void) => void
}

/**
 * When PostgreSQL restarts it ends every session, idle ones too; pg's pool then emits `error`
 * for each idle connection, and an `error` nobody listens to ends the Node process. The pool has
 * already dropped that connection and opens a new one when a request needs it, so a warning is
 * all it takes for the app to outlive the restart (requests meanwhile answer 503).
 */
export function survivePoolErrors(payload: Payload): void {
  const pool = (payload.db as unknown as { pool?: EventSource }).pool
  if (!pool || pool.listenerCount('error') > 0) return
  pool.on('error', (error) =>
    payload.logger.warn(
      `[manufacturing] the database closed an idle connection (${error.message}); a new one is opened when needed.`,
    ),
  )
}
