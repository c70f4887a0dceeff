import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')

/** The message of a failed check: what it found, one per line. */
const listed = (what: string, found: readonly string[]) => `${what}:\n  ${found.join('\n  ')}\n`

type Row = { appliedBy: string[]; line: number; rule: string; rules: string[]; specs: string[] }

/** The paths a table cell names: every `src/…` or `test/…` file, in backticks or not. */
const pathsIn = (cell: string): string[] =>
  [...cell.matchAll(/(?:^|[\s`(,])((?:src|test)\/[\w./-]+\.tsx?)/g)].map((m) => m[1]!)

/** The README's rule map, one row per rule, with the line each row is on. */
function ruleMap(): Row[] {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8')
  const start = readme.indexOf('\n## Rule map\n')
  expect(start, 'README.md has a "## Rule map" section').toBeGreaterThan(-1)
  const end = readme.indexOf('\n## ', start + 1)
  const firstLine = readme.slice(0, start).split('\n').length + 1
  return readme
    .slice(start, end === -1 ? undefined : end)
    .split('\n')
    .map((text, index) => ({ line: firstLine + index, text }))
    .filter(({ text }) => text.startsWith('|') && !/^\|\s*(Rule\s*\||-)/.test(text))
    .map(({ line, text }) => {
      const [rule = '', rules = '', appliedBy = '', specs = ''] = text
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim())
      return {
        appliedBy: pathsIn(appliedBy),
        line,
        rule,
        rules: pathsIn(rules),
        specs: pathsIn(specs),
      }
    })
}

/** Every file of every src/**\/rules/ folder that is not a spec, relative to the root. */
function rulesFiles(): string[] {
  const found: string[] = []
  const walk = (dir: string, inRules: boolean) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const relative = `${dir}/${entry.name}`
      if (entry.isDirectory()) walk(relative, inRules || entry.name === 'rules')
      else if (inRules && /\.tsx?$/.test(entry.name) && !/\.spec\.tsx?$/.test(entry.name)) {
        found.push(relative)
      }
    }
  }
  walk('src', false)
  return found.sort()
}

describe('README rule map', () => {
  const rows = ruleMap()
  const where = (row: Row) => `README.md:${row.line} (${row.rule})`

  it('gives every rule its rules/ file, what applies it and its spec', () => {
    expect(rows.length).toBeGreaterThan(0)
    const incomplete = rows
      .filter((row) => !row.rule || !row.rules.length || !row.appliedBy.length || !row.specs.length)
      .map(where)
    expect(
      incomplete,
      listed('rows missing a rule, a rules/ file, a hook or action, or a spec', incomplete),
    ).toEqual([])
  })

  it('names only files that exist', () => {
    const stale = rows.flatMap((row) =>
      [...row.rules, ...row.appliedBy, ...row.specs]
        .filter((file) => !existsSync(path.join(root, file)))
        .map((file) => `${file} (${where(row)})`),
    )
    expect(
      stale,
      listed('files the rule map names that do not exist (fix or remove them)', stale),
    ).toEqual([])
  })

  it('names rules/ files in its Rules column and specs in its Spec column', () => {
    const misplaced = rows.flatMap((row) => [
      ...row.rules
        .filter((file) => !/\/rules\//.test(file) || /\.spec\.tsx?$/.test(file))
        .map((file) => `${file} is not a rules/ file (${where(row)})`),
      ...row.specs
        .filter((file) => !/\.(spec|test)\.tsx?$/.test(file) && !/\/rules\//.test(file))
        .map((file) => `${file} is not a spec (${where(row)})`),
    ])
    expect(misplaced, listed('paths in the wrong column', misplaced)).toEqual([])
  })

  it('puts every file of every rules/ folder on the map', () => {
    const named = new Set(rows.flatMap((row) => [...row.rules, ...row.specs]))
    const missing = rulesFiles().filter((file) => !named.has(file))
    expect(
      missing,
      listed('rules/ files missing from the rule map (add a row or a path)', missing),
    ).toEqual([])
  })
})
