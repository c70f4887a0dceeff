import type { PayloadRequest, Where } from 'payload'

import { invalid, invalidEach } from '../platform/errors'
import { errorOfLine } from '../platform/errorOfLine'
import { type Named, resolveDrafts } from './rules/executionReferences'
import { type ExecutionDraft, readExecutionRow } from './rules/executionRows'
import { loadWorkflow } from '../workflow/workflow'
import { startsDone } from './executionLineInput'

/** A row to create and how an error in one of its fields is named to the user. */
export type LabelledRow = { at: (field: string) => string; row: Record<string, unknown> }
type Problem = { message: string; path: string }

const maxRows = 1000

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

/** Every row read as a draft; each row's own problems named at its fields. */
function readDrafts(rows: LabelledRow[], problems: Problem[]) {
  const drafts: { at: LabelledRow['at']; draft: ExecutionDraft }[] = []
  for (const { at, row } of rows) {
    const { draft, problems: own } = readExecutionRow(row)
    problems.push(...own.map((p) => ({ message: p.message, path: at(p.field) })))
    if (draft) drafts.push({ at, draft })
  }
  return drafts
}

/** Creates each execution through the collection; an error names the row it came from. */
async function createEach(
  req: PayloadRequest,
  resolved: { at: LabelledRow['at']; data: Record<string, unknown> }[],
) {
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
  return created
}

/**
 * Creates several executions at once: every row is checked and its product and floor resolved
 * first, and all problems are reported together, naming row and field; then each is created
 * through the collection (codes, recipes, reservations, rules). One transaction: all or none.
 * New production created done has produced its planned quantity unless a row says otherwise.
 */
export async function createExecutionRows(
  req: PayloadRequest,
  rows: LabelledRow[],
): Promise<{ created: { code: string; id: number }[] }> {
  if (rows.length === 0) throw invalid('rows', 'list at least one execution to create')
  if (rows.length > maxRows) throw invalid('rows', `at most ${maxRows} executions at once`)
  const problems: Problem[] = []
  const drafts = readDrafts(rows, problems)
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
  const done = startsDone(await loadWorkflow(req))
  const { problems: unresolved, resolved } = resolveDrafts(drafts, products, floors, done)
  problems.push(...unresolved)
  if (problems.length > 0) throw invalidEach(problems)
  return { created: await createEach(req, resolved) }
}
