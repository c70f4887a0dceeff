import { createLocalReq, type Payload, type TypedUser } from 'payload'

import { findAllByIds } from '../../../platform/findAllByIds'
import { idOf, refOf } from '../../../platform/idOf'
import { type BoardRow, processBoard } from '../../rules/processBoard'

/**
 * The runs under way that the user may read, with their processes and what each makes, laid out
 * by processBoard.
 */
export async function loadProcessBoard(payload: Payload, user: TypedUser): Promise<BoardRow[]> {
  const { docs: runs } = await payload.find({
    collection: 'production-runs',
    depth: 0,
    overrideAccess: false,
    pagination: false,
    select: {
      code: true,
      currentStage: true,
      currentStageName: true,
      description: true,
      process: true,
      product: true,
      startedAt: true,
    },
    user,
    where: { status: { equals: 'in_progress' } },
  })
  if (runs.length === 0) return []
  const { docs: processes } = await payload.find({
    collection: 'processes',
    depth: 0,
    overrideAccess: false,
    pagination: false,
    select: { name: true, stages: true },
    user,
    where: { id: { in: [...new Set(runs.map((run) => idOf(run.process)))] } },
  })
  const req = await createLocalReq({ user }, payload)
  const products = await findAllByIds(
    req,
    'items',
    runs.map((run) => refOf(run.product)).filter((id): id is number => id !== null),
    { name: true },
  )
  const nameOf = new Map(products.map((item) => [item.id, item.name]))
  return boardOf(
    processes,
    runs,
    (run) => nameOf.get(refOf(run.product) ?? 0) ?? run.description ?? '',
  )
}

type ProcessDoc = {
  id: number
  name: string
  stages?: null | { id?: null | string; name: string }[]
}
type RunDoc = {
  code?: null | string
  currentStage?: null | string
  currentStageName?: null | string
  id: number
  process: number | { id: number }
  startedAt: string
}

/** Processes and runs as read, laid out by processBoard; `what` says what each run makes. */
export function boardOf<Run extends RunDoc>(
  processes: readonly ProcessDoc[],
  runs: readonly Run[],
  what: (run: Run) => string,
): BoardRow[] {
  return processBoard(
    processes.map((process) => ({
      id: process.id,
      name: process.name,
      stages: (process.stages ?? []).map((stage) => ({ id: stage.id ?? '', name: stage.name })),
    })),
    runs.map((run) => ({
      code: run.code ?? `#${run.id}`,
      currentStage: run.currentStage ?? null,
      currentStageName: run.currentStageName ?? null,
      id: run.id,
      process: idOf(run.process),
      startedAt: run.startedAt,
      what: what(run),
    })),
  )
}
