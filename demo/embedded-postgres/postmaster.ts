import { existsSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'

import { StartupError } from './StartupError'

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

const commandOf = (pid: number): string => {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim()
  } catch {
    return ''
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** The postmaster recorded in `postmaster.pid`, if that process is still a running server. */
export function runningPostmaster(dataDir: string): { pid: number; port: number } | null {
  const file = path.join(dataDir, 'postmaster.pid')
  if (!existsSync(file)) return null
  const [pidLine, , , portLine] = readFileSync(file, 'utf8').split('\n')
  const pid = Number.parseInt(pidLine ?? '', 10)
  if (Number.isInteger(pid) && alive(pid) && /postgres/.test(commandOf(pid) || 'postgres')) {
    return { pid, port: Number.parseInt(portLine ?? '', 10) }
  }
  // The server is gone but left its lock file (a crash or a SIGKILL): it no longer protects
  // anything, and a reused pid could make PostgreSQL refuse to start.
  rmSync(file, { force: true })
  return null
}

/**
 * Stops a server that a killed launcher left running on `dataDir` (fast shutdown, then
 * immediate), so the next start does not fail on "lock file already exists".
 */
export async function stopStalePostmaster(
  dataDir: string,
  log: (line: string) => void,
): Promise<void> {
  const running = runningPostmaster(dataDir)
  if (!running) return
  log(
    `Stopping a PostgreSQL server (pid ${running.pid}) that an earlier run left running on ${dataDir}.`,
  )
  for (const [signal, waitMs] of [
    ['SIGINT', 15_000],
    ['SIGQUIT', 5_000],
  ] as const) {
    try {
      process.kill(running.pid, signal)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ESRCH') return
      throw new StartupError(
        `A PostgreSQL server (pid ${running.pid}) still runs on ${dataDir} and cannot be stopped by this user: stop it (kill ${running.pid}) and start again.`,
      )
    }
    for (let waited = 0; waited < waitMs; waited += 100) {
      if (!alive(running.pid)) return
      await sleep(100)
    }
  }
  throw new StartupError(
    `The PostgreSQL server (pid ${running.pid}) on ${dataDir} does not stop: kill -9 ${running.pid} and start again.`,
  )
}
