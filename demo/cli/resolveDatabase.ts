import path from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'

import { StartupError } from '../embedded-postgres/StartupError'
import { startEmbeddedPostgres } from '../embedded-postgres/startEmbeddedPostgres'

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export type Database = { connectionString: string; embedded: boolean; stop: () => Promise<void> }

const redacted = (uri: string): string => {
  try {
    const url = new URL(uri)
    if (url.password) url.password = '***'
    return url.toString()
  } catch {
    return '(not a URL)'
  }
}

async function checkReachable(uri: string): Promise<void> {
  const client = new pg.Client({ connectionString: uri, connectionTimeoutMillis: 5000 })
  try {
    await client.connect()
  } catch (error) {
    throw new StartupError(
      `Cannot connect to DATABASE_URI ${redacted(uri)}: ${(error as Error).message}. Fix the URI, or unset DATABASE_URI to use the embedded database.`,
    )
  } finally {
    await client.end().catch(() => undefined)
  }
}

/**
 * DATABASE_URI when it is set (checked, nothing started); otherwise the embedded PostgreSQL with
 * its data under `.data/`.
 */
export async function resolveDatabase(log: (line: string) => void): Promise<Database> {
  const uri = process.env.DATABASE_URI
  if (uri) {
    await checkReachable(uri)
    return { connectionString: uri, embedded: false, stop: async () => undefined }
  }
  const port = process.env.EMBEDDED_POSTGRES_PORT
    ? Number(process.env.EMBEDDED_POSTGRES_PORT)
    : undefined
  const server = await startEmbeddedPostgres({
    database: 'manufacturing',
    home: path.join(projectRoot, '.data'),
    log,
    port,
  })
  log(`Embedded PostgreSQL is running on port ${server.port} (data in .data/).`)
  return { connectionString: server.connectionString, embedded: true, stop: server.stop }
}
