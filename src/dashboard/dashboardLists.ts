import type { PayloadRequest } from 'payload'

import type { Figure } from './dashboardFigures'
import { findAllByIds } from '../platform/findAllByIds'
import { boardOf } from '../processes/components/ProcessesBoard/loadProcessBoard'
import { idOf } from '../platform/idOf'
import { type Floors, runsInProgress, storeQueue } from './dashboardCounts'
import { floorConditions, listHref } from './listLinks'

export type StoreQueue = {
  /** Open requisitions, by state in the store's order of work. */
  states: (Figure & { state: string })[]
  total: Figure
}

/** The store's states in the order the work goes; closed ones are not in the queue. */
const queueOrder = ['requested', 'picking', 'picked', 'in_trolley', 'issued']

/** The store's queue: requisitions not yet closed, per state, each linked to its list. */
export async function storeQueueFigures(req: PayloadRequest, floors: Floors): Promise<StoreQueue> {
  const rows = await storeQueue(req, floors)
  const onFloors = floorConditions('material-requisitions', floors)
  const count = new Map(rows.map((row) => [row.state, row.count]))
  const states = [...queueOrder, ...rows.map((row) => row.state)]
    .filter((state, i, all) => all.indexOf(state) === i && count.has(state))
    .map((state) => ({
      count: count.get(state)!,
      href: listHref(req, 'material-requisitions', [...onFloors, ['[state][equals]', state]]),
      state,
    }))
  return {
    states,
    total: {
      count: rows.reduce((n, row) => n + row.count, 0),
      href: listHref(req, 'material-requisitions', [
        ...onFloors,
        ['[state][in]', queueOrder.join(',')],
      ]),
    },
  }
}

export type RunFigures = {
  total: Figure
  /** The latest started, at most `shownRuns`, each with its current stage. */
  runs: {
    code: string
    floor: string
    href: string
    id: number
    process: string
    /** The stage it is at; null before anything is recorded. */
    stage: null | string
    startedAt: string
  }[]
}

const shownRuns = 8

/** Runs placed as the processes list places them: by the stage's row id, renamed stages anew. */
async function placedRuns(req: PayloadRequest, docs: Parameters<typeof boardOf>[1]) {
  const processes = await findAllByIds(
    req,
    'processes',
    docs.map((run) => idOf(run.process)),
    { name: true, stages: true },
  )
  return boardOf(processes, docs, () => '').flatMap((row) =>
    row.runs.map((run) => ({ process: row.process.name, run })),
  )
}

/** Production runs in progress: how many, and the latest with the stage each is at. */
export async function runFigures(
  req: PayloadRequest,
  floors: Floors,
  locations: { id: number; name: string }[],
): Promise<RunFigures> {
  const count = await runsInProgress(req, floors)
  const { docs } = await req.payload.find({
    collection: 'production-runs',
    depth: 0,
    limit: shownRuns,
    overrideAccess: true,
    req,
    select: {
      code: true,
      currentStage: true,
      currentStageName: true,
      location: true,
      process: true,
      startedAt: true,
    },
    sort: '-startedAt',
    where: {
      and: [
        { status: { equals: 'in_progress' } },
        ...(floors === null ? [] : [{ location: { in: [...floors] } }]),
      ],
    },
  })
  const placed = await placedRuns(req, docs)
  const floorOf = new Map(locations.map((floor) => [floor.id, floor.name]))
  const locationOf = new Map(docs.map((run) => [run.id, idOf(run.location)]))
  const admin = req.payload.config.routes.admin
  return {
    runs: placed
      .sort((a, b) => b.run.startedAt.localeCompare(a.run.startedAt))
      .map(({ process, run }) => ({
        code: run.code,
        floor: floorOf.get(locationOf.get(run.id)!) ?? '',
        href: `${admin === '/' ? '' : admin}/collections/production-runs/${run.id}`,
        id: run.id,
        process,
        stage: run.stageName,
        startedAt: run.startedAt,
      })),
    total: {
      count,
      href: listHref(req, 'production-runs', [
        ...floorConditions('production-runs', floors),
        ['[status][equals]', 'in_progress'],
      ]),
    },
  }
}
