import type { PayloadRequest } from 'payload'

import type { Process, ProductionRun } from '../payload-types'
import { conflict, invalid, notFound } from '../platform/errors'
import { query, sql, transactionDb } from '../platform/transactionDb'
import { idOf } from '../platform/idOf'
import { documentId } from '../platform/parseInput'

export type Stage = { id: string; index: number; name: string }

/**
 * The run, its row locked for the rest of the transaction (`FOR NO KEY UPDATE`, which entries'
 * foreign keys do not contend with): recordings, reversals and completion of one run queue in
 * Postgres, so each sees what the previous one wrote, on any number of app servers.
 */
export async function lockRun(req: PayloadRequest, value: unknown): Promise<ProductionRun> {
  const id = documentId(value, 'run', 'a production run')
  const [row] = await query<{ id: number }>(
    await transactionDb(req),
    sql`select id from production_runs where id = ${id} for no key update`,
  )
  if (!row) throw notFound('run', `no production run with id ${id}`)
  return req.payload.findByID({
    collection: 'production-runs',
    depth: 0,
    id,
    joins: false,
    overrideAccess: true,
    req,
  })
}

/** A run or a process named by a request, read as it is (no lock), or a 404 naming the argument. */
export async function findDocument(
  req: PayloadRequest,
  collection: 'processes',
  value: unknown,
  field: string,
  what: string,
): Promise<Process>
export async function findDocument(
  req: PayloadRequest,
  collection: 'production-runs',
  value: unknown,
  field: string,
  what: string,
): Promise<ProductionRun>
export async function findDocument(
  req: PayloadRequest,
  collection: 'processes' | 'production-runs',
  value: unknown,
  field: string,
  what: string,
): Promise<Process | ProductionRun> {
  const id = documentId(value, field, what)
  const {
    docs: [doc],
  } = await req.payload.find({
    collection: collection as 'processes',
    depth: 0,
    joins: false,
    limit: 1,
    overrideAccess: true,
    req,
    where: { id: { equals: id } },
  })
  if (!doc) throw notFound(field, `no ${what.replace(/^an? /, '')} with id ${id}`)
  return doc
}

export function refuseCompleted(run: ProductionRun): void {
  if (run.status === 'completed')
    throw conflict(`${run.code} is completed and locked: nothing more can be recorded or reversed.`)
}

export const processOf = (req: PayloadRequest, run: ProductionRun): Promise<Process> =>
  req.payload.findByID({
    collection: 'processes',
    depth: 0,
    id: idOf(run.process),
    joins: false,
    overrideAccess: true,
    req,
  })

export const stagesOf = (process: Process): Stage[] =>
  (process.stages ?? []).map((stage, index) => ({ id: String(stage.id), index, name: stage.name }))

/** The stage a request names, by its row id or (case-insensitively) by its name. */
export function findStage(process: Process, value: unknown): Stage {
  const stages = stagesOf(process)
  const wanted = typeof value === 'string' ? value.trim() : ''
  if (!wanted) throw invalid('stage', `must name a stage of ${process.name} (its id or name)`)
  const stage =
    stages.find((s) => s.id === wanted) ??
    stages.find((s) => s.name.toLowerCase() === wanted.toLowerCase())
  if (!stage)
    throw invalid(
      'stage',
      `"${wanted}" is not a stage of ${process.name}; its stages are ${stages.map((s) => `"${s.name}"`).join(', ')}`,
    )
  return stage
}
