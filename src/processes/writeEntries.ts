import type { PayloadRequest } from 'payload'

import type { Decimal } from '../platform/rules/decimal'
import type { EntryKind } from './rules/stageSummary'
import type { PostedMovement } from '../ledger'
import type { Item, Process, ProductionRun, ProductionRunEntry } from '../payload-types'
import { consumedCost } from '../ledger'
import { decimal } from '../platform/rules/decimal'
import { query, sql, transactionDb } from '../platform/transactionDb'
import { type Stage, stagesOf } from './openRun'

/** One entry to write: its posting lines (by index) hold the movements it made. */
export type EntryDraft = {
  item: Item
  kind: EntryKind
  lines: number[]
  /** Where an input came from, or where an output or scrap arrived. */
  location: null | number
  note: null | string
  quantity: Decimal
  /** A scrap entry's scrap item (the SKU that entered stock). */
  scrapItem?: Item
}

type User = { collection?: string; email?: string; id?: number | string; name?: null | string }

/** Who recorded it: the user, when the entries' `recordedBy` points at the user's collection. */
export function recorder(req: PayloadRequest) {
  const user = req.user as null | User
  const field = req.payload.collections['production-run-entries']?.config.fields.find(
    (f) => 'name' in f && f.name === 'recordedBy',
  ) as { relationTo?: string } | undefined
  return {
    recordedBy:
      typeof user?.id === 'number' && user.collection === field?.relationTo ? user.id : null,
    recordedByName: user ? user.name || user.email || null : null,
  }
}

/**
 * Writes one entry per draft with the movements its lines posted (one at a time on the
 * request's transaction), then moves the run's current stage forward to `stage` when it lies
 * further along the process.
 */
export async function writeEntries(
  req: PayloadRequest,
  context: { postingKey: string; process: Process; run: ProductionRun; stage: Stage },
  drafts: readonly EntryDraft[],
  movements: readonly PostedMovement[],
): Promise<ProductionRunEntry[]> {
  const { postingKey, process, run, stage } = context
  const recordedAt = new Date().toISOString()
  const who = recorder(req)
  const written: ProductionRunEntry[] = []
  for (const draft of drafts) {
    const own = movements.filter((m) => draft.lines.includes(m.line))
    const main = own.filter((m) => m.item === draft.item.id)
    const scrap = own.find((m) => draft.scrapItem && m.item === draft.scrapItem.id)
    const cost = consumedCost(
      main.map((m) => ({ quantity: decimal(m.quantity), unitCost: decimal(m.unitCost) })),
    )
    written.push(
      await req.payload.create({
        collection: 'production-run-entries',
        data: {
          cost: cost.toNumber(),
          item: draft.item.id,
          kind: draft.kind,
          location: draft.location,
          lots: [...new Set(main.map((m) => m.lot))],
          movements: own.map((m) => m.id),
          note: draft.note,
          postingKey,
          process: process.id,
          quantity: draft.quantity.toNumber(),
          recordedAt,
          ...who,
          run: run.id,
          scrapItem: draft.scrapItem?.id ?? null,
          scrapLot: scrap?.lot ?? null,
          stage: stage.id,
          stageName: stage.name,
          unit: draft.item.unit,
        },
        depth: 0,
        req,
      }),
    )
  }
  const current = stagesOf(process).find((s) => s.id === run.currentStage)
  if (!current || current.index < stage.index) {
    // Kept by the actions only: the run's hooks refuse it from requests (see refuseWritingRunProgress).
    await query(
      await transactionDb(req),
      sql`update production_runs set current_stage = ${stage.id}, current_stage_name = ${stage.name}
          where id = ${run.id}`,
    )
  }
  return written
}
