import { type ChildProcess, spawn } from 'node:child_process'
import { realpathSync } from 'node:fs'
import pg from 'pg'

import { StartupError } from './StartupError'
import type { RunAs } from './postgresUser'

export type Postmaster = { port: number; process: ChildProcess; running: () => boolean }

/** Thrown when another process took the port between choosing it and binding it. */
export class PortTaken extends Error {}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const probeTimeoutMs = 2_000

/**
 * The data directory of the server answering at `url`, or null while nothing answers. A peer
 * that accepts the connection and never replies counts as nothing: before the server listens, a
 * probe of a port in the ephemeral range can connect to itself (the kernel hands it that very
 * port as its source), and would otherwise wait for an answer for ever.
 */
export async function dataDirectoryOn(url: string): Promise<string | null> {
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: probeTimeoutMs,
    query_timeout: probeTimeoutMs,
  })
  try {
    await client.connect()
    const { rows } = await client.query<{ dir: string }>(
      `select current_setting('data_directory') as dir`,
    )
    return rows[0]!.dir
  } catch {
    return null
  } finally {
    await client.end().catch(() => undefined)
  }
}

/**
 * Starts `postgres` on `dataDir` and waits until it answers. The answer must come from this
 * data directory: another server that happens to listen on the port (a race with a concurrent
 * start) is not ours, and our own then fails to bind, which is reported as PortTaken.
 */
export async function launchPostmaster(args: {
  dataDir: string
  postgres: string
  port: number
  url: (port: number, database: string) => string
  user: RunAs
}): Promise<Postmaster> {
  const { dataDir, port, user } = args
  const server = spawn(
    args.postgres,
    [
      '-D',
      dataDir,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], ...(user ?? {}) },
  )
  let lastError = ''
  let exit: string | null = null
  server.stderr!.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (/FATAL|ERROR|PANIC/.test(line)) lastError = line.trim()
    }
  })
  server.on('error', (error) => (exit = error.message))
  server.on(
    'exit',
    (code, signal) => (exit = lastError || `postgres exited (code ${code}, signal ${signal})`),
  )

  const ours = realpathSync(dataDir)
  for (let waited = 0; waited < 60_000; waited += 100) {
    if (exit !== null) {
      if (/could not (bind|create listen)|already in use/i.test(exit)) throw new PortTaken(exit)
      throw new StartupError(`The embedded database stopped while starting: ${exit}`)
    }
    const answering = await dataDirectoryOn(args.url(port, 'postgres'))
    if (answering !== null && realpathSync(answering) === ours) {
      return { port, process: server, running: () => exit === null }
    }
    await sleep(100)
  }
  server.kill('SIGKILL')
  throw new StartupError(
    `The embedded database did not accept connections on port ${port} within 60 s.`,
  )
}
