import { spawn } from 'node:child_process'
import path from 'node:path'

import { projectRoot } from './testDatabase'

/**
 * Runs a script behind an npm script (`demo/cli/seed.ts`, `demo/cli/verifyLedger.ts`) as
 * `npm run …` does once the database is up: DATABASE_URI set, no other setting of the tests
 * (no PAYLOAD_DB_PUSH, no NODE_ENV). Stopped after `timeoutMs`: a prompt waiting for a terminal
 * then shows as a failure, not a hang.
 */
export function runMaintenanceScript(
  script: string,
  databaseUri: string,
  timeoutMs = 120_000,
): Promise<{ code: number | null; output: string }> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    DATABASE_URI: databaseUri,
    NEXT_TELEMETRY_DISABLED: '1',
  }
  delete env.NODE_ENV
  delete env.PAYLOAD_DB_PUSH
  const child = spawn(path.join(projectRoot, 'node_modules', '.bin', 'tsx'), [script], {
    cwd: projectRoot,
    env: env as NodeJS.ProcessEnv,
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const timer = setTimeout(() => {
    output += `\n(stopped after ${timeoutMs} ms)`
    child.kill('SIGKILL')
  }, timeoutMs)
  return new Promise((resolve) =>
    child.on('exit', (code) => {
      clearTimeout(timer)
      resolve({ code, output })
    }),
  )
}
