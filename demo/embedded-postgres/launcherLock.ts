import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { StartupError } from './StartupError'

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * One process at a time owns a data directory. A second start on the same `.data/` is refused
 * while the first lives (this process included); a lock left by a killed process is taken over.
 */
export function takeLauncherLock(home: string): () => void {
  const file = path.join(home, 'launcher.pid')
  if (existsSync(file)) {
    const pid = Number.parseInt(readFileSync(file, 'utf8'), 10)
    if (Number.isInteger(pid) && alive(pid)) {
      throw new StartupError(
        `The embedded database in ${home} is already in use by another run (pid ${pid}): stop that one first (Ctrl-C in its terminal, or kill ${pid}), or set DATABASE_URI.`,
      )
    }
  }
  writeFileSync(file, `${process.pid}\n`)
  return () => {
    if (existsSync(file) && Number.parseInt(readFileSync(file, 'utf8'), 10) === process.pid) {
      rmSync(file, { force: true })
    }
  }
}
