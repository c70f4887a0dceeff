/**
 * `npm run build:plugin`: the package as a host installs it, compiled ESM with types in dist/.
 *
 * The sources import each other without extensions (the demo app, tsx and vitest resolve them as
 * bundlers do); Node's ESM loader, which a host's `payload` CLI uses, needs the file itself, so
 * every relative import of the output is rewritten to the `.js` file it means.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')
const dist = path.join(root, 'dist')

const relativeImport = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]*)\2/g

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name)
    return statSync(file).isDirectory() ? filesUnder(file) : [file]
  })
}

/** `./ledger` → `./ledger/index.js`, `./options` → `./options.js`. */
export function withExtension(fromFile: string, specifier: string): string {
  if (/\.(c|m)?js$|\.json$/.test(specifier)) return specifier
  const base = path.resolve(path.dirname(fromFile), specifier)
  if (existsSync(`${base}.js`)) return `${specifier}.js`
  if (existsSync(path.join(base, 'index.js'))) return `${specifier}/index.js`
  throw new Error(`${path.relative(root, fromFile)}: cannot resolve "${specifier}"`)
}

function rewriteImports(file: string): void {
  const source = readFileSync(file, 'utf8')
  const rewritten = source.replace(
    relativeImport,
    (_, lead: string, quote: string, specifier: string) =>
      `${lead}${quote}${withExtension(file, specifier)}${quote}`,
  )
  if (rewritten !== source) writeFileSync(file, rewritten)
}

/**
 * The demo app's generated types declare `GeneratedTypes` for `payload`; shipped, that would
 * claim a host's types for the demo's collections, so the published copy keeps only the types.
 */
function dropGeneratedTypesAugmentation(): void {
  const file = path.join(dist, 'payload-types.d.ts')
  const source = readFileSync(file, 'utf8')
  writeFileSync(file, source.replace(/declare module 'payload' \{[\s\S]*?\n\}\s*$/, ''))
}

function checkClientDirectives(): void {
  for (const file of filesUnder(path.join(root, 'src'))) {
    if (!/\.tsx?$/.test(file) || !readFileSync(file, 'utf8').startsWith("'use client'")) continue
    const built = path
      .join(dist, path.relative(path.join(root, 'src'), file))
      .replace(/\.tsx?$/, '.js')
    if (!readFileSync(built, 'utf8').startsWith("'use client'"))
      throw new Error(`${path.relative(root, built)} lost its 'use client' directive`)
  }
}

rmSync(dist, { force: true, recursive: true })
execFileSync(path.join(root, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.build.json'], {
  cwd: root,
  stdio: 'inherit',
})
const built = filesUnder(dist).filter((file) => /\.(js|d\.ts)$/.test(file))
for (const file of built) rewriteImports(file)
dropGeneratedTypesAugmentation()
checkClientDirectives()
console.error(`dist/: ${built.length} files`)
