import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')

/** Each option of ManufacturingPluginOptions, with the @default its JSDoc states. */
function documentedInTypes(): Map<string, string> {
  const source = readFileSync(path.join(root, 'src/options.ts'), 'utf8')
  const body = source.slice(source.indexOf('export type ManufacturingPluginOptions'))
  const options = new Map<string, string>()
  for (const match of body
    .slice(0, body.indexOf('\n}'))
    .matchAll(/@default (.+)\n\s*\*\/\n\s*(\w+)\?:/g)) {
    options.set(match[2]!, match[1]!.trim())
  }
  return options
}

describe('README options table', () => {
  it('lists every option with the default the types state, and nothing else', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8')
    const section = readme.slice(
      readme.indexOf('### Options'),
      readme.indexOf('## Roles and permissions'),
    )
    const rows = new Map(
      [...section.matchAll(/^\| `(\w+)`\s*\| `([^`]+)`/gm)].map((m) => [m[1]!, m[2]!]),
    )
    const types = documentedInTypes()
    expect(types.size).toBeGreaterThan(0)
    expect(rows).toEqual(types)
  })
})
