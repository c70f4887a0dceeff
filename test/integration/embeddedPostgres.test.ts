import { execFile, spawn } from 'node:child_process'
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  realpathSync,
  rmSync,
} from 'node:fs'
import net from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'
import { afterEach, describe, expect, it } from 'vitest'

import { dataDirectoryOn } from '../../demo/embedded-postgres/launchPostmaster'
import { startEmbeddedPostgres } from '../../demo/embedded-postgres/startEmbeddedPostgres'
import { projectRoot } from '../support/testDatabase'

const isRoot = process.getuid?.() === 0
const tsx = path.join(projectRoot, 'node_modules/.bin/tsx')
const homes: string[] = []
const newHome = () => {
  const home = mkdtempSync(path.join(tmpdir(), 'pm-embedded-'))
  homes.push(home)
  return home
}
const query = async (uri: string, sql: string) => {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    return (await client.query(sql)).rows
  } finally {
    await client.end()
  }
}

afterEach(() => {
  for (const home of homes.splice(0)) {
    // A home out of the postgres user's reach keeps its cluster elsewhere, behind a symlink.
    const cluster = path.join(home, 'private', '.data', 'postgres')
    if (existsSync(cluster)) rmSync(realpathSync(cluster), { force: true, recursive: true })
    rmSync(home, { force: true, recursive: true })
  }
})

describe('embedded PostgreSQL', () => {
  it('keeps its data across restarts', async () => {
    const home = newHome()
    const first = await startEmbeddedPostgres({ database: 'factory', home, log: () => undefined })
    await query(first.connectionString, 'create table kept (id int); insert into kept values (7)')
    await first.stop()
    const second = await startEmbeddedPostgres({ database: 'factory', home, log: () => undefined })
    expect(await query(second.connectionString, 'select id from kept')).toEqual([{ id: 7 }])
    await second.stop()
  })

  it('picks a free port when the preferred one is taken', async () => {
    const blocker = net.createServer()
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve))
    const busy = (blocker.address() as net.AddressInfo).port
    const server = await startEmbeddedPostgres({
      database: 'postgres',
      home: newHome(),
      log: () => undefined,
      port: busy,
    })
    expect(server.port).not.toBe(busy)
    expect(await query(server.connectionString, 'select 1 as ok')).toEqual([{ ok: 1 }])
    await server.stop()
    blocker.close()
  })

  it('gives up probing a port whose peer never answers, as when the probe connects to itself', async () => {
    const sockets: net.Socket[] = []
    const silent = net.createServer((socket) => sockets.push(socket))
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    const { port } = silent.address() as net.AddressInfo
    try {
      expect(await dataDirectoryOn(`postgres://postgres:x@127.0.0.1:${port}/postgres`)).toBeNull()
      expect(sockets.length).toBeGreaterThan(0)
    } finally {
      for (const socket of sockets) socket.destroy()
      silent.close()
    }
  })

  it('two servers started at once for the same port each end up on their own', async () => {
    const [a, b] = await Promise.all(
      [newHome(), newHome()].map((home) =>
        startEmbeddedPostgres({ database: 'postgres', home, log: () => undefined, port: 55499 }),
      ),
    )
    expect(a!.port).not.toBe(b!.port)
    const dirs = await Promise.all(
      [a!, b!].map((s) =>
        query(s.connectionString, `select current_setting('data_directory') as dir`),
      ),
    )
    expect(dirs[0]![0].dir).not.toBe(dirs[1]![0].dir)
    await Promise.all([a!.stop(), b!.stop()])
  })

  it('refuses a second start on the same data directory with one clear line', async () => {
    const home = newHome()
    const server = await startEmbeddedPostgres({ database: 'postgres', home, log: () => undefined })
    await expect(
      startEmbeddedPostgres({ database: 'postgres', home, log: () => undefined }),
    ).rejects.toThrow(/already in use by another run/)
    const { stderr, stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'test/support/startAndWait.ts', home],
      {
        cwd: projectRoot,
        timeout: 30_000,
      },
    ).catch((error) => error)
    expect(`${stdout}${stderr}`).toMatch(/already in use by another run \(pid \d+\)/)
    await server.stop()
  })

  it('stops a server that a killed launcher left running, then starts', async () => {
    const home = newHome()
    // One process (no tsx wrapper), so SIGKILL really leaves its server orphaned.
    const orphan = spawn(
      process.execPath,
      ['--import', 'tsx', 'test/support/startAndWait.ts', home],
      { cwd: projectRoot },
    )
    await new Promise<void>((resolve) =>
      orphan.stdout.on('data', (d) => String(d).includes('port') && resolve()),
    )
    orphan.kill('SIGKILL')
    await new Promise((resolve) => orphan.once('exit', resolve))
    const lines: string[] = []
    const server = await startEmbeddedPostgres({
      database: 'postgres',
      home,
      log: (line) => lines.push(line),
    })
    expect(lines.join('\n')).toMatch(
      /Stopping a PostgreSQL server \(pid \d+\) that an earlier run left running/,
    )
    expect(await query(server.connectionString, 'select 1 as ok')).toEqual([{ ok: 1 }])
    await server.stop()
  })

  it.runIf(isRoot)(
    'runs as root from a directory only root can read, keeping data under .data',
    async () => {
      const home = path.join(newHome(), 'private', '.data')
      mkdirSync(path.dirname(home), { mode: 0o700 })
      chmodSync(path.dirname(home), 0o700)
      const server = await startEmbeddedPostgres({
        database: 'postgres',
        home,
        log: () => undefined,
      })
      expect(lstatSync(path.join(home, 'postgres')).isSymbolicLink()).toBe(true)
      expect(await query(server.connectionString, 'select current_user as who')).toEqual([
        { who: 'postgres' },
      ])
      await server.stop()
    },
  )
})

describe('launcher errors', () => {
  const run = (args: string[], env: Record<string, string>) =>
    promisify(execFile)(tsx, args, {
      cwd: projectRoot,
      env: { ...process.env, ...env },
      timeout: 60_000,
    }).then(
      ({ stderr, stdout }) => ({ code: 0, output: stdout + stderr }),
      (error) => ({ code: error.code as number, output: `${error.stdout}${error.stderr}` }),
    )

  it('explains a wrong DATABASE_URI in one line, without a stack trace', async () => {
    const { code, output } = await run(['demo/cli/withDatabase.ts', 'true'], {
      DATABASE_URI: 'postgres://someone:secret@127.0.0.1:1/nowhere',
    })
    expect(code).not.toBe(0)
    expect(output).toMatch(
      /Cannot connect to DATABASE_URI postgres:\/\/someone:\*\*\*@127\.0\.0\.1:1\/nowhere: .*unset DATABASE_URI/,
    )
    expect(output).not.toMatch(/secret|\n\s+at /)
  })

  it('explains a busy app port in one line before starting anything', async () => {
    const blocker = net.createServer()
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve))
    const port = (blocker.address() as net.AddressInfo).port
    const { code, output } = await run(['demo/cli/dev.ts'], { PORT: String(port) })
    blocker.close()
    expect(code).not.toBe(0)
    expect(output).toMatch(new RegExp(`Port ${port} is already in use.*PORT=${port + 1}`))
    expect(output).not.toMatch(/\n\s+at /)
  })
})
