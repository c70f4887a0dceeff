import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort } from '../../demo/embedded-postgres/freePort'
import { startEmbeddedPostgres } from '../../demo/embedded-postgres/startEmbeddedPostgres'
import { projectRoot } from './testDatabase'

/** How long each step took, in the order they ran: printed by the test. */
export const timings: { ms: number; step: string }[] = []

export type StepResult = { output: string; stdout: string }

/**
 * One command of the host's setup, as a person would type it, bounded by `timeoutMs`: a step that
 * fails or overruns ends the run with its own output.
 */
export function run(
  step: string,
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<StepResult> {
  const started = Date.now()
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      {
        cwd: options.cwd,
        env: options.env ?? hostEnv(),
        killSignal: 'SIGKILL',
        maxBuffer: 64 * 1024 * 1024,
        timeout: options.timeoutMs,
      },
      (error, stdout, stderr) => {
        timings.push({ ms: Date.now() - started, step })
        const output = `${stdout}${stderr}`
        if (error) {
          const why = error.killed ? `timed out after ${options.timeoutMs / 1000} s` : error.message
          reject(new Error(`${step}: ${why}\n${output.slice(-20_000)}`))
        } else resolve({ output, stdout })
      },
    )
  })
}

/** The environment of a shell, not of the test runner (no NODE_ENV=test, no VITEST*). */
export function hostEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    npm_config_update_notifier: 'false',
    ...extra,
  }
  for (const key of Object.keys(env))
    if (key === 'NODE_ENV' || key.startsWith('VITEST')) Reflect.deleteProperty(env, key)
  return env
}

export type PackedFile = { path: string }

/** `npm pack` of this repository (its prepack builds dist/) into a fresh directory. */
export async function packPlugin(into: string) {
  const { stdout } = await run('npm pack', 'npm', ['pack', '--json', '--pack-destination', into], {
    cwd: projectRoot,
    timeoutMs: 300_000,
  })
  const [packed] = JSON.parse(stdout) as [{ filename: string; files: PackedFile[]; size: number }]
  return {
    files: packed.files.map((file) => file.path),
    size: packed.size,
    tarball: path.join(into, packed.filename),
  }
}

/** test/host-app copied into `into`: a Payload app with its own users, pages and migration. */
export function copyHostApp(into: string): string {
  const app = path.join(into, 'app')
  cpSync(path.join(projectRoot, 'test', 'host-app'), app, { recursive: true })
  return app
}

/**
 * The README's change to a host's payload.config.ts: the plugin imported and in `plugins`, the
 * pool bounded by `databasePool()`. Each edit must find what it replaces.
 */
export function addPluginToConfig(app: string): void {
  const file = path.join(app, 'payload.config.ts')
  let source = readFileSync(file, 'utf8')
  const edits: [string, string][] = [
    [
      "import { buildConfig } from 'payload'\n",
      "import { buildConfig } from 'payload'\nimport { databasePool, manufacturingPlugin } from 'payload-plugin-manufacturing'\n",
    ],
    [
      'pool: { connectionString: process.env.DATABASE_URI }',
      'pool: databasePool({ connectionString: process.env.DATABASE_URI })',
    ],
    ['plugins: []', 'plugins: [manufacturingPlugin()]'],
  ]
  for (const [before, after] of edits) {
    if (!source.includes(before)) throw new Error(`payload.config.ts has no ${before}`)
    source = source.replace(before, after)
  }
  writeFileSync(file, source)
}

export const workDirectory = () => mkdtempSync(path.join(os.tmpdir(), 'host-app-'))

/** A throwaway database on the embedded server of the host test (`.data/test-host`). */
export async function hostDatabase() {
  const server = await startEmbeddedPostgres({
    database: 'postgres',
    home: path.join(projectRoot, '.data', 'test-host'),
    log: () => undefined,
    port: 55480,
  })
  const databaseUri = await server.createDatabase(`host_${Date.now()}_${process.pid}`)
  return { databaseUri, stop: () => server.stop() }
}

/** `next start` on a free port, answering /admin/login within two minutes. */
export async function startHost(app: string, env: NodeJS.ProcessEnv) {
  const started = Date.now()
  const port = await freePort(3300)
  const baseURL = `http://localhost:${port}`
  let log = ''
  const server: ChildProcess = spawn(
    path.join(app, 'node_modules', '.bin', 'next'),
    ['start', '--port', String(port)],
    { cwd: app, env },
  )
  server.stdout!.on('data', (chunk) => (log += chunk))
  server.stderr!.on('data', (chunk) => (log += chunk))
  const stop = async () => {
    if (server.exitCode !== null || server.signalCode !== null) return
    const exited = new Promise((resolve) => server.once('exit', resolve))
    server.kill('SIGTERM')
    const timer = setTimeout(() => server.kill('SIGKILL'), 10_000)
    await exited
    clearTimeout(timer)
  }
  for (let waited = 0; ; waited += 500) {
    if (server.exitCode !== null) throw new Error(`next start exited (${server.exitCode}):\n${log}`)
    const status = await fetch(`${baseURL}/admin/login`, { redirect: 'manual' }).then(
      (response) => response.status,
      () => 0,
    )
    if (status > 0 && status < 500) break
    if (waited > 120_000) {
      await stop()
      throw new Error(`next start did not answer at ${baseURL} within 120 s:\n${log}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  timings.push({ ms: Date.now() - started, step: 'next start' })
  return { baseURL, log: () => log, stop }
}

export const removeWorkDirectory = (dir: string) => rmSync(dir, { force: true, recursive: true })
