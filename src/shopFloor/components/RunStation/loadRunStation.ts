import type { PayloadRequest } from 'payload'

import { userHoldsEach } from '../../../access/components/userHolds'
import { lotsAt } from '../../../ledger'
import { findAllByIds } from '../../../platform/findAllByIds'
import { findReadable } from '../../../platform/findByIds'
import { idOf } from '../../../platform/idOf'
import { type ItemChoice, loadItemChoices } from '../stationParts/loadItemChoices'

export type StationLot = { available: string; code: string; id: number; item: number }

export type RunEntryView = {
  id: number
  item: number
  kind: string
  lots: string[]
  note: null | string
  quantity: number
  recordedAt: string
  recordedBy: null | string
  reversal: boolean
  stage: string
  unit: string
}

export type RunStationData = {
  can: { finalize: boolean; record: boolean }
  entries: RunEntryView[]
  items: ItemChoice[]
  lots: StationLot[]
  run: {
    code: string
    currentStage: null | string
    id: number
    location: null | number
    process: string
    product: null | number
    status: string
    title: string
  }
  stages: { id: string; name: string }[]
}

/**
 * What a production run's station shows: the run as the user may read it, its process's
 * stages, every entry recorded so far, the items to choose from and the lots free at the run's
 * floor, and which of recording and completing the user may do. Null when the run does not
 * exist or the user may not read it.
 */
export async function loadRunStation(
  req: PayloadRequest,
  id: number,
): Promise<null | RunStationData> {
  const user = req.user
  const run = await findReadable(req, 'production-runs', id)
  if (!run) return null
  const [process] = await findAllByIds(req, 'processes', [idOf(run.process)], {
    name: true,
    stages: true,
  })
  const location = run.location ? idOf(run.location) : null
  const [entries, items, can] = [
    await loadEntries(req, run.id),
    await loadItemChoices(req),
    await userHoldsEach(req.payload, user, ['productionRuns.record', 'productionRuns.finalize']),
  ]
  const lots =
    location === null
      ? []
      : await lotsOffered(
          req,
          location,
          items.map((i) => i.id),
        )
  return {
    can: { finalize: can['productionRuns.finalize'], record: can['productionRuns.record'] },
    entries,
    items,
    lots,
    run: {
      code: run.code ?? String(run.id),
      currentStage: run.currentStage ?? null,
      id: run.id,
      location,
      process: process?.name ?? '',
      product: run.product ? idOf(run.product) : null,
      status: run.status ?? 'in_progress',
      title: run.description ?? '',
    },
    stages: (process?.stages ?? []).map((stage) => ({ id: String(stage.id), name: stage.name })),
  }
}

async function loadEntries(req: PayloadRequest, run: number): Promise<RunEntryView[]> {
  const { docs } = await req.payload.find({
    collection: 'production-run-entries',
    depth: 0,
    overrideAccess: false,
    pagination: false,
    req,
    sort: 'id',
    user: req.user,
    where: { run: { equals: run } },
  })
  const lotIds = docs.flatMap((entry) => (entry.lots ?? []).map(idOf))
  const codes = new Map(
    (await findAllByIds(req, 'lots', lotIds, { code: true })).map((lot) => [lot.id, lot.code]),
  )
  return docs.map((entry) => ({
    id: entry.id,
    item: idOf(entry.item),
    kind: entry.kind,
    lots: (entry.lots ?? []).map((lot) => codes.get(idOf(lot)) ?? String(idOf(lot))),
    note: entry.note ?? null,
    quantity: entry.quantity,
    recordedAt: entry.recordedAt ?? entry.createdAt,
    recordedBy: entry.recordedByName ?? null,
    reversal: Boolean(entry.reverses),
    stage: entry.stage,
    unit: entry.unit,
  }))
}

/** The lots of `items` with stock free (on hand, not reserved) at `location`, by code. */
export async function lotsOffered(
  req: PayloadRequest,
  location: number,
  items: number[],
): Promise<StationLot[]> {
  if (items.length === 0) return []
  const free = await lotsAt(req, [location], items)
  const codes = new Map(
    (
      await findAllByIds(
        req,
        'lots',
        free.map((lot) => lot.lot_id),
        { code: true },
      )
    ).map((lot) => [lot.id, lot.code]),
  )
  return free
    .map((lot) => ({
      available: lot.available,
      code: codes.get(lot.lot_id) ?? String(lot.lot_id),
      id: lot.lot_id,
      item: lot.item_id,
    }))
    .sort((a, b) => a.code.localeCompare(b.code))
}
