import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

/**
 * The plugin's capabilities and what each builds on: a file may import from its own capability
 * and from those its capability builds on, directly or through another (`mayImport`), never from
 * any other. Executions and manufacturing orders are peers over workflow; what reads both sits
 * above them. What capabilities share is wired in src/index.ts.
 */
export const capabilities = {
  access: [],
  platform: ['access'],
  ledger: ['platform'],
  inventory: ['ledger'],
  recipes: ['inventory'],
  processes: ['recipes'],
  workflow: ['processes'],
  trade: ['processes'],
  executions: ['workflow', 'trade'],
  manufacturingOrders: ['workflow', 'trade'],
  store: ['executions'],
  shortages: ['executions', 'manufacturingOrders'],
  variance: ['executions', 'manufacturingOrders'],
  previews: ['executions', 'manufacturingOrders'],
  traceability: ['executions', 'manufacturingOrders'],
  planning: ['store', 'variance'],
  documents: ['store', 'shortages', 'traceability'],
  dashboard: ['planning', 'documents', 'previews'],
  shopFloor: ['documents', 'previews'],
} as const satisfies Record<string, readonly string[]>

export type Capability = keyof typeof capabilities

export const isCapability = (name: string): name is Capability => Object.hasOwn(capabilities, name)

/** Every capability `capability` may import from: what it builds on, and what those build on. */
export function mayImport(capability: Capability): Set<Capability> {
  const reached = new Set<Capability>()
  const visit = (from: Capability) => {
    for (const to of capabilities[from]) {
      if (reached.has(to)) continue
      reached.add(to)
      visit(to)
    }
  }
  visit(capability)
  return reached
}

/** Files at the top of src/ that any capability may read: options and the generated types. */
export const sharedRootFiles = ['src/options.ts', 'src/payload-types.ts']

export type Import = { from: string; to: string; typeOnly: boolean }

const compilerOptions: ts.CompilerOptions = {
  jsx: ts.JsxEmit.ReactJSX,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
}

export function sourceFiles(root: string, dir = 'src'): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = `${dir}/${entry.name}`
    if (entry.isDirectory()) return sourceFiles(root, file)
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [file] : []
  })
}

/** Every import between files of the tree (relative ones), and every package a file imports. */
export function importsOf(root: string, files: string[]) {
  const local: Import[] = []
  const packages: { from: string; name: string }[] = []
  for (const from of files) {
    const source = ts.createSourceFile(
      from,
      readFileSync(path.join(root, from), 'utf8'),
      ts.ScriptTarget.Latest,
    )
    for (const statement of source.statements) {
      if (!ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement)) continue
      const specifier = statement.moduleSpecifier
      if (!specifier || !ts.isStringLiteral(specifier)) continue
      const typeOnly = ts.isImportDeclaration(statement)
        ? Boolean(statement.importClause?.isTypeOnly)
        : statement.isTypeOnly
      if (!specifier.text.startsWith('.')) {
        packages.push({ from, name: specifier.text })
        continue
      }
      const resolved = ts.resolveModuleName(
        specifier.text,
        path.join(root, from),
        compilerOptions,
        ts.sys,
      ).resolvedModule
      if (!resolved) throw new Error(`${from}: cannot resolve ${specifier.text}`)
      local.push({ from, to: path.relative(root, resolved.resolvedFileName), typeOnly })
    }
  }
  return { local, packages }
}

export const layerOf = (file: string): string | undefined => {
  const [, first, ...rest] = file.split('/')
  return rest.length ? first : undefined
}

/** The import cycles among files, each as its files in import order (Tarjan's components). */
export function cycles(imports: Import[]): string[][] {
  const next = new Map<string, string[]>()
  for (const { from, to } of imports) next.set(from, [...(next.get(from) ?? []), to])
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const found: string[][] = []
  const visit = (file: string) => {
    index.set(file, index.size)
    low.set(file, index.get(file)!)
    stack.push(file)
    onStack.add(file)
    for (const to of next.get(file) ?? []) {
      if (!index.has(to)) {
        visit(to)
        low.set(file, Math.min(low.get(file)!, low.get(to)!))
      } else if (onStack.has(to)) low.set(file, Math.min(low.get(file)!, index.get(to)!))
    }
    if (low.get(file) !== index.get(file)) return
    const component: string[] = []
    for (let at = stack.pop()!; ; at = stack.pop()!) {
      onStack.delete(at)
      component.push(at)
      if (at === file) break
    }
    if (component.length > 1 || next.get(file)?.includes(file)) found.push(component.reverse())
  }
  for (const file of next.keys()) if (!index.has(file)) visit(file)
  return found
}
