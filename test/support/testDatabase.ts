import { execFile } from 'node:child_process'
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'

import { startEmbeddedPostgres } from '../../demo/embedded-postgres/startEmbeddedPostgres'

export const projectRoot = path.resolve(import.meta.dirname, '../..')

/** Environment of a process that uses the committed migrations, never a schema push. */
export const migratedEnv = (databaseUri: string): NodeJS.ProcessEnv => ({
  ...process.env,
  DATABASE_URI: databaseUri,
  NEXT_TELEMETRY_DISABLED: '1',
  PAYLOAD_DB_PUSH: 'false',
})

const committedMigrations = () =>
  readdirSync(path.join(projectRoot, 'demo/migrations')).filter((file) => file.endsWith('.json'))
    .length

async function appliedMigrations(databaseUri: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUri })
  await client.connect()
  try {
    const { rows } = await client.query(
      `select count(*)::int as n from information_schema.tables where table_name = 'payload_migrations'`,
    )
    if (!rows[0].n) return 0
    return (await client.query(`select count(*)::int as n from payload_migrations where batch > 0`))
      .rows[0].n
  } finally {
    await client.end()
  }
}

/**
 * Runs the real `payload migrate` and checks that every committed migration was applied: a
 * migrate that exits cleanly without applying them (seen under heavy load) is retried, and a
 * persistent failure ends the run with migrate's own output instead of a suite of missing tables.
 */
export async function migrate(databaseUri: string): Promise<void> {
  let output = ''
  for (let attempt = 1; attempt <= 3; attempt++) {
    const { stderr, stdout } = await promisify(execFile)(
      path.join(projectRoot, 'node_modules', '.bin', 'payload'),
      ['migrate'],
      { cwd: projectRoot, env: migratedEnv(databaseUri), maxBuffer: 16 * 1024 * 1024 },
    )
    output = `${stdout}${stderr}`
    if ((await appliedMigrations(databaseUri)) === committedMigrations()) return
  }
  throw new Error(`payload migrate did not apply the committed migrations:\n${output}`)
}

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
  await migrate(databaseUri)
  const teardown = async () => {
    const client = new pg.Client({ connectionString: server.connectionString })
    await client.connect()
    await client.query(`drop database if exists ${client.escapeIdentifier(name)} with (force)`)
    await client.end()
    await server.stop()
  }
  return { databaseUri, teardown }
}
