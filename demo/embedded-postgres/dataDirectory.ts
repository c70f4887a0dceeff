import { createHash } from 'node:crypto'
import {
  chmodSync,
  chownSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readlinkSync,
  symlinkSync,
} from 'node:fs'
import path from 'node:path'

import { sharedRoot } from './binaries'
import { type RunAs, userCan } from './postgresUser'

/**
 * The cluster's directory, `<home>/postgres`, owned by `user` and mode 0700 as PostgreSQL
 * requires. When `user` cannot reach `<home>` (a checkout under a 0700 home, run as root), the
 * data lives under a shared directory and `<home>/postgres` is a symlink to it, so it still sits
 * "under .data/" for whoever looks and survives restarts.
 */
export function prepareDataDirectory(home: string, user: RunAs): string {
  mkdirSync(home, { recursive: true })
  const link = path.join(home, 'postgres')
  let dir = link
  const linked = lstatSync(link, { throwIfNoEntry: false })
  if (linked?.isSymbolicLink()) {
    dir = path.resolve(home, readlinkSync(link))
  } else if (!linked && !userCan(user, '-x', home)) {
    const digest = createHash('sha1').update(path.resolve(home)).digest('hex').slice(0, 12)
    dir = path.join(sharedRoot, `data-${digest}`)
    mkdirSync(sharedRoot, { mode: 0o755, recursive: true })
    symlinkSync(dir, link)
  }
  if (!existsSync(dir)) mkdirSync(dir, { mode: 0o700, recursive: true })
  if (user) chownSync(dir, user.uid, user.gid)
  chmodSync(dir, 0o700)
  return dir
}
