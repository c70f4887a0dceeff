import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'

import { startEmbeddedPostgres } from '../../src/embedded-postgres/startEmbeddedPostgres'

export const projectRoot = path.resolve(import.meta.dirname, '../..')

/** Environment of a process that uses the committed migrations, never a schema push. */
export const migratedEnv = (databaseUri: string): NodeJS.ProcessEnv => ({
  ...process.env,
  DATABASE_URI: databaseUri,
  NEXT_TELEMETRY_DISABLED: '1',
  PAYLOAD_DB_PUSH: 'false',
})

/**
 * A throwaway database on the embedded server (`.data/test-<suite>`), migrated with the committed
 * migrations through the real `payload migrate`. Teardown drops it and stops the server.
 */
export async function startTestDatabase(suite: string, port: number) {
  const server = await startEmbeddedPostgres({
    database: 'postgres',
    home: path.join(projectRoot, '.data', `test-${suite}`),
    log: () => undefined,
    port,
  })
  const name = `${suite}_${Date.now()}_${process.pid}`
  const databaseUri = await server.createDatabase(name)
  await promisify(execFile)(
    path.join(projectRoot, 'node_modules', '.bin', 'payload'),
    ['migrate'],
    {
      cwd: projectRoot,
      env: migratedEnv(databaseUri),
    },
  )
  const teardown = async () => {
    const client = new pg.Client({ connectionString: server.connectionString })
    await client.connect()
    await client.query(`drop database if exists ${client.escapeIdentifier(name)} with (force)`)
    await client.end()
    await server.stop()
  }
  return { databaseUri, teardown }
}
