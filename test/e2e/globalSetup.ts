import type { TestProject } from 'vitest/node'

import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { promisify } from 'node:util'

import { freePort } from '../../demo/embedded-postgres/freePort'
import { migratedEnv, projectRoot, startTestDatabase } from '../support/testDatabase'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
  }
}

const bin = (name: string) => `${projectRoot}/node_modules/.bin/${name}`

async function waitForAdmin(baseURL: string, server: ChildProcess, output: () => string) {
  for (let waited = 0; waited < 120_000; waited += 500) {
    if (server.exitCode !== null)
      throw new Error(`next start exited (${server.exitCode}):\n${output()}`)
    const status = await fetch(`${baseURL}/admin/login`).then(
      (r) => r.status,
      () => 0,
    )
    if (status === 200) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`the admin did not answer at ${baseURL} within 120 s:\n${output()}`)
}

/**
 * The app as production runs it: a migrated, seeded database, `next build`, `next start`.
 * E2E_REUSE_BUILD=1 skips the build when demo/.next already holds one (local reruns only).
 */
export default async function setup(project: TestProject) {
  const { databaseUri, teardown } = await startTestDatabase(
    'e2e',
    Number(process.env.E2E_DATABASE_PORT) || 55433,
  )
  const env = migratedEnv(databaseUri)
  const run = promisify(execFile)
  // A script whose imports never finish evaluating exits 13 having done nothing (seen now and
  // then with @payloadcms/richtext-lexical's module graph on Node 20): start it again.
  for (let attempt = 1; ; attempt++) {
    try {
      await run(bin('tsx'), ['demo/cli/seed.ts'], { cwd: projectRoot, env })
      break
    } catch (error) {
      if ((error as { code?: number }).code !== 13 || attempt === 3) throw error
    }
  }
  if (process.env.E2E_REUSE_BUILD !== '1') {
    await run(bin('next'), ['build', 'demo'], {
      cwd: projectRoot,
      env,
      maxBuffer: 64 * 1024 * 1024,
    })
  }
  const port = await freePort(3100)
  const baseURL = `http://localhost:${port}`
  let log = ''
  const server = spawn(bin('next'), ['start', 'demo', '--port', String(port)], {
    cwd: projectRoot,
    env,
  })
  server.stdout.on('data', (chunk) => (log += chunk))
  server.stderr.on('data', (chunk) => (log += chunk))
  try {
    await waitForAdmin(baseURL, server, () => log)
  } catch (error) {
    server.kill('SIGKILL')
    await teardown()
    throw error
  }
  project.provide('baseURL', baseURL)
  return async () => {
    const exited = new Promise((resolve) => server.once('exit', resolve))
    server.kill('SIGTERM')
    await exited
    await teardown()
  }
}
