import type { PayloadRequest, Where } from 'payload'

import { dateOnDay } from '../../platform/rules/calendarDay'
import { type ExecutionDraft, readExecutionRow } from '../rules/executionRows'
import { invalid, invalidEach } from '../../platform/errors'
import { defineAction } from '../../platform/defineAction'
import { errorOfLine } from '../../platform/errorOfLine'

/** A row to create and how an error in one of its fields is named to the user. */
export type LabelledRow = { at: (field: string) => string; row: Record<string, unknown> }

const maxRows = 1000

type Named = { id: number; name: string; sku?: string }

/** Resolves a reference (id, SKU or name) among `candidates`; a name two share is ambiguous. */
function resolve(reference: number | string, candidates: Named[]): Named | 'ambiguous' | undefined {
  if (typeof reference === 'number') return candidates.find((c) => c.id === reference)
  const bySku = candidates.find((c) => c.sku === reference)
  if (bySku) return bySku
  const byName = candidates.filter((c) => c.name === reference)
  return byName.length > 1 ? 'ambiguous' : byName[0]
}

async function candidatesFor(
  req: PayloadRequest,
  collection: 'items' | 'locations',
  references: (number | string)[],
): Promise<Named[]> {
  const ids = references.filter((r): r is number => typeof r === 'number')
  const texts = references.filter((r): r is string => typeof r === 'string')
  const or: Where[] = [{ name: { in: texts } }]
  if (ids.length) or.push({ id: { in: ids } })
  if (collection === 'items') or.push({ sku: { in: texts } })
  const { docs } = await req.payload.find({
    collection,
    depth: 0,
    overrideAccess: false,
    pagination: false,
    req,
    user: req.user,
    where:
      collection === 'items'
        ? { and: [{ kind: { equals: 'product' } }, { or }] }
        : { and: [{ kind: { equals: 'production_floor' } }, { or }] },
  })
  return docs as Named[]
}

/**
 * Creates several executions at once: every row is checked and its product and floor resolved
 * first, and all problems are reported together, naming row and field; then each is created
 * through the collection (codes, recipes, reservations, rules). One transaction: all or none.
 */
export async function createExecutionRows(
  req: PayloadRequest,
  rows: LabelledRow[],
): Promise<{ created: { code: string; id: number }[] }> {
  if (rows.length === 0) throw invalid('rows', 'list at least one execution to create')
  if (rows.length > maxRows) throw invalid('rows', `at most ${maxRows} executions at once`)
  const problems: { message: string; path: string }[] = []
  const drafts: { at: LabelledRow['at']; draft: ExecutionDraft }[] = []
  for (const { at, row } of rows) {
    const { draft, problems: own } = readExecutionRow(row)
    problems.push(...own.map((p) => ({ message: p.message, path: at(p.field) })))
    if (draft) drafts.push({ at, draft })
  }
  const products = await candidatesFor(
    req,
    'items',
    drafts.map((d) => d.draft.product),
  )
  const floors = await candidatesFor(
    req,
    'locations',
    drafts.map((d) => d.draft.productionFloor),
  )
  const resolved: { at: LabelledRow['at']; data: Record<string, unknown> }[] = []
  for (const { at, draft } of drafts) {
    const product = resolve(draft.product, products)
    const floor = resolve(draft.productionFloor, floors)
    if (product === 'ambiguous')
      problems.push({
        message: `${draft.product} names several products; use the SKU`,
        path: at('product'),
      })
    else if (!product)
      problems.push({ message: `no product ${draft.product}`, path: at('product') })
    if (floor === 'ambiguous')
      problems.push({
        message: `${draft.productionFloor} names several floors`,
        path: at('productionFloor'),
      })
    else if (!floor)
      problems.push({
        message: `no production floor ${draft.productionFloor}`,
        path: at('productionFloor'),
      })
    if (product && product !== 'ambiguous' && floor && floor !== 'ambiguous')
      resolved.push({
        at,
        data: {
          lotLabel: draft.lotLabel,
          plannedQuantity: Number(draft.plannedQuantity),
          product: product.id,
          productDescription: draft.productDescription,
          productionDate: dateOnDay(draft.productionDate),
          productionFloor: floor.id,
        },
      })
  }
  if (problems.length > 0) throw invalidEach(problems)
  const created: { code: string; id: number }[] = []
  for (const { at, data } of resolved) {
    try {
      const doc = await req.payload.create({
        collection: 'executions',
        data: data as never,
        depth: 0,
        overrideAccess: false,
        req,
        user: req.user,
      })
      created.push({ code: doc.code!, id: doc.id })
    } catch (error) {
      throw errorOfLine(error, at)
    }
  }
  return { created }
}

/** `createExecutions`: several executions from one form, all or none. */
export const createExecutions = defineAction<
  { rows: Record<string, unknown>[] },
  Awaited<ReturnType<typeof createExecutionRows>>
>({
  args: { rows: 'JSON!' },
  costs: {},
  description: 'create executions',
  name: 'createExecutions',
  permission: 'executions.create',
  perform: async (req, args) => {
    if (!Array.isArray(args.rows)) throw invalid('rows', 'list the executions to create')
    return createExecutionRows(
      req,
      args.rows.map((row, index) => ({
        at: (field) => `rows[${index}]${field ? `.${field}` : ''}`,
        row: row && typeof row === 'object' ? row : {},
      })),
    )
  },
})
