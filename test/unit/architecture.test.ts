import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import {
  capabilities,
  cycles,
  importsOf,
  isCapability,
  layerOf,
  mayImport,
  sharedRootFiles,
  sourceFiles,
} from '../support/importGraph'

// The layout the README's "Working on the plugin" describes, checked so that it stays.
const root = path.resolve(import.meta.dirname, '../..')
const files = sourceFiles(root)
const production = files.filter((file) => !/\.spec\.ts$|\.fixtures\.ts$/.test(file))
const { local, packages } = importsOf(root, files)

describe('the plugin’s layout', () => {
  it('keeps the plugin in src/, the demo app in demo/ and the tests in test/', () => {
    const skipped = new Set(['node_modules', 'dist', '.git', '.data', '.next', '.prof'])
    const codeOutside = readdirSync(root)
      .filter((name) => !skipped.has(name) && !['src', 'demo', 'test'].includes(name))
      .filter((name) => statSync(path.join(root, name)).isDirectory() || /\.tsx?$/.test(name))
      .filter((name) => /\.tsx?$/.test(name) || sourceFiles(root, name).length > 0)
    expect(codeOutside).toEqual([])
    const unknown = readdirSync(path.join(root, 'src'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !isCapability(entry.name))
      .map((entry) => entry.name)
    expect(unknown, 'folders of src/ that are not a capability').toEqual([])
  })

  it('imports only from the same capability or one it builds on', () => {
    const outside = local
      .filter(({ from, to }) => {
        const [a, b] = [layerOf(from), layerOf(to)]
        if (!a || a === b) return false
        if (!b) return !sharedRootFiles.includes(to)
        return !isCapability(a) || !isCapability(b) || !mayImport(a).has(b)
      })
      .map(({ from, to }) => `${from} → ${to}`)
    expect(outside).toEqual([])
  })

  it('builds each capability on others without a cycle', () => {
    const builtOn = Object.entries(capabilities).flatMap(([from, on]) =>
      on.map((to) => ({ from, to, typeOnly: false })),
    )
    expect(builtOn.filter(({ to }) => !isCapability(to))).toEqual([])
    expect(cycles(builtOn)).toEqual([])
  })

  it('keeps executions and manufacturing orders apart: peers that never import each other', () => {
    expect(mayImport('executions').has('manufacturingOrders')).toBe(false)
    expect(mayImport('manufacturingOrders').has('executions')).toBe(false)
    const across = local
      .filter(({ from, to }) =>
        [layerOf(from), layerOf(to)].every((layer) =>
          ['executions', 'manufacturingOrders'].includes(layer ?? ''),
        ),
      )
      .filter(({ from, to }) => layerOf(from) !== layerOf(to))
      .map(({ from, to }) => `${from} → ${to}`)
    expect(across).toEqual([])
  })

  it('has no import cycle', () => {
    expect(cycles(local.filter(({ from }) => files.includes(from)))).toEqual([])
  })

  it('opens the ledger only through src/ledger/index.ts (pure rules may share its rules)', () => {
    const intoLedger = local
      .filter(({ from, to }) => layerOf(from) !== 'ledger' && to.startsWith('src/ledger/'))
      .filter(({ from, to }) => to !== 'src/ledger/index.ts')
      .filter(({ from, to }) => !(from.includes('/rules/') && to.startsWith('src/ledger/rules/')))
      .map(({ from, to }) => `${from} → ${to}`)
    expect(intoLedger).toEqual([])
  })

  it('reads the ledger’s tables only inside the ledger (its named reads in src/ledger/queries)', () => {
    const ledgerTables = /\b(stock_movements|stock_balances)\b/
    const reading = production
      .filter((file) => layerOf(file) !== 'ledger')
      .filter((file) => ledgerTables.test(readFileSync(path.join(root, file), 'utf8')))
    expect(reading).toEqual([])
  })

  it('keeps rules pure: no payload, database or React, and only other rules', () => {
    const pure = new Set(['big.js', 'fast-check', 'vitest'])
    const impure = [
      ...packages
        .filter(({ from, name }) => from.includes('/rules/') && !pure.has(name))
        .map(({ from, name }) => `${from} → ${name}`),
      ...local
        .filter(({ from, to }) => from.includes('/rules/') && !to.includes('/rules/'))
        .map(({ from, to }) => `${from} → ${to}`),
    ]
    expect(impure).toEqual([])
  })

  it('sends raw SQL through the one platform module', () => {
    const database = ['pg', 'drizzle-orm', '@payloadcms/drizzle', '@payloadcms/db-postgres']
    const direct = packages
      .filter(({ name }) => database.some((d) => name === d || name.startsWith(`${d}/`)))
      .filter(({ from }) => from !== 'src/platform/transactionDb.ts')
      .map(({ from, name }) => `${from} → ${name}`)
    expect(direct).toEqual([])
  })

  it('keeps every production file under 300 lines', () => {
    const long = production
      .filter((file) => file !== 'src/payload-types.ts')
      .map((file) => ({
        file,
        lines: readFileSync(path.join(root, file), 'utf8').split('\n').length,
      }))
      .filter(({ lines }) => lines > 300)
    expect(long).toEqual([])
  })
})

describe('the layout check', () => {
  it('finds a cycle and only a cycle', () => {
    const edge = (from: string, to: string) => ({ from, to, typeOnly: false })
    expect(cycles([edge('a', 'b'), edge('b', 'c'), edge('c', 'a'), edge('c', 'd')])).toEqual([
      ['a', 'b', 'c'],
    ])
    expect(cycles([edge('a', 'b'), edge('a', 'c'), edge('b', 'c')])).toEqual([])
  })

  it('lets a capability import what it builds on, directly or through another, and no more', () => {
    expect([...mayImport('executions')].sort()).toEqual([
      'access',
      'inventory',
      'ledger',
      'platform',
      'processes',
      'recipes',
      'trade',
      'workflow',
    ])
    expect(mayImport('shortages').has('manufacturingOrders')).toBe(true)
    expect(mayImport('access').size).toBe(0)
  })

  it('tells a capability’s file from a file at the top of src/', () => {
    expect(layerOf('src/ledger/post.ts')).toBe('ledger')
    expect(layerOf('src/options.ts')).toBeUndefined()
  })
})
