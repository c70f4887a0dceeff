import { spawn } from 'node:child_process'
import path from 'node:path'

import { StartupError } from '../embedded-postgres/StartupError'
import { projectRoot, resolveDatabase } from './resolveDatabase'

const log = (line: string) => console.log(`[manufacturing] ${line}`)

/** Node's exit code for a script whose top-level awaits never settled. */
const unsettledImports = 13

function run(command: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command[0]!, command.slice(1), { cwd: projectRoot, env, stdio: 'inherit' })
    const forward = (signal: NodeJS.Signals) => child.kill(signal)
    process.on('SIGINT', forward)
    process.on('SIGTERM', forward)
    child.on('error', (error) => {
      log(`Could not run ${command[0]}: ${error.message}`)
      resolve(127)
    })
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward)
      process.off('SIGTERM', forward)
      resolve(code ?? (signal ? 130 : 1))
    })
  })
}

/**
 * Runs `commands` one after another with DATABASE_URI pointing at the database (starting the
 * embedded one when DATABASE_URI is unset), stops at the first that fails, then stops the
 * database. Ctrl-C / SIGTERM reach the running command and then stop the database too.
 */
export async function runWithDatabase(
  commands: string[][],
  before?: () => Promise<void>,
): Promise<never> {
  let code = 1
  let stop = async () => undefined as void
  try {
    await before?.()
    const database = await resolveDatabase(log)
    stop = database.stop
    // Until the child owns the terminal, a Ctrl-C must still stop the database cleanly.
    process.on('SIGINT', () => undefined)
    process.on('SIGTERM', () => undefined)
    const bin = path.join(projectRoot, 'node_modules', '.bin')
    const env = {
      ...process.env,
      DATABASE_URI: database.connectionString,
      NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? '1',
      PATH: [bin, process.env.PATH].filter(Boolean).join(path.delimiter),
    }
    for (const command of commands) {
      code = await run(command, env)
      // 13: Node ended the script because its imports never finished evaluating (seen now and
      // then with @payloadcms/richtext-lexical's module graph on Node 20); nothing ran yet.
      for (let attempt = 2; code === unsettledImports && attempt <= 3; attempt++) {
        log(`${command.join(' ')} stopped while loading its modules; starting it again.`)
        code = await run(command, env)
      }
      if (code !== 0) break
    }
  } catch (error) {
    if (!(error instanceof StartupError)) throw error
    log(error.message)
  } finally {
    await stop()
  }
  process.exit(code)
}
