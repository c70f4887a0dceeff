import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
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

/** The action and function-length checks cover every production file of src/, components too. */
const isChecked = (file: string) => file.startsWith('src/') && /\.tsx?$/.test(file)

const parse = (file: string) =>
  ts.createSourceFile(
    file,
    readFileSync(path.join(root, file), 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  )

const isExported = (node: ts.Node) =>
  ts.canHaveModifiers(node) &&
  Boolean(ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword))

/** The values a file exports (types, which describe what they take and answer, aside). */
function exportedValues(source: ts.SourceFile): string[] {
  return source.statements.flatMap((statement) => {
    if (ts.isVariableStatement(statement) && isExported(statement))
      return statement.declarationList.declarations.map((d) => d.name.getText(source))
    if (
      (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) &&
      isExported(statement)
    )
      return [statement.name?.getText(source) ?? 'default']
    if (ts.isExportAssignment(statement)) return ['default']
    if (ts.isExportDeclaration(statement) && !statement.isTypeOnly) {
      const clause = statement.exportClause
      if (!clause) return ['*']
      if (ts.isNamespaceExport(clause)) return [clause.name.text]
      return clause.elements.filter((e) => !e.isTypeOnly).map((e) => e.name.text)
    }
    return []
  })
}

/** Every function of a file longer than `limit` lines, as `file:line name (lines)`. */
function longFunctions(file: string, limit: number): string[] {
  const source = parse(file)
  const found: string[] = []
  const lineOf = (position: number) => source.getLineAndCharacterOfPosition(position).line
  const visit = (node: ts.Node) => {
    if (
      ts.isFunctionDeclaration(node) ||
      ts.isArrowFunction(node) ||
      ts.isFunctionExpression(node) ||
      ts.isMethodDeclaration(node)
    ) {
      const lines = lineOf(node.getEnd()) - lineOf(node.getStart(source)) + 1
      const named = node.name ?? (ts.isVariableDeclaration(node.parent) ? node.parent.name : null)
      if (lines > limit)
        found.push(
          `${file}:${lineOf(node.getStart(source)) + 1} ${named?.getText(source) ?? '(anonymous)'} (${lines})`,
        )
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

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

  it('has action files that export only their action, named after the file', () => {
    const actionFiles = production.filter(
      (file) => /^src\/[^/]+\/actions\/[^/]+\.ts$/.test(file) && isChecked(file),
    )
    expect(actionFiles.length).toBeGreaterThan(0)
    const others = actionFiles.flatMap((file) => {
      const action = path.basename(file, '.ts')
      const values = exportedValues(parse(file))
      return values.length === 1 && values[0] === action ? [] : [`${file}: ${values.join(', ')}`]
    })
    expect(others).toEqual([])
  })

  it('has no function longer than 70 lines', () => {
    const long = production
      .filter((file) => file !== 'src/payload-types.ts' && isChecked(file))
      .flatMap((file) => longFunctions(file, 70))
    expect(long).toEqual([])
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
