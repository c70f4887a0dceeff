import type { PayloadRequest } from 'payload'

import Big from 'big.js'

import type { Decimal } from '../platform/rules/decimal'
import type { EntryKind } from './rules/stageSummary'
import type { ProductionRunEntry } from '../payload-types'
import { movementsByIds } from '../ledger'
import { idOf } from '../platform/idOf'

export type EntryMovement = {
  /** The entry that posted it, and that entry's kind and item. */
  entry: { id: number; item: number; kind: EntryKind }
  item: number
  lot: number
  quantity: Decimal
  unitCost: Decimal
}

/**
 * What still stands at a stage of a run: its entries that are neither reversed nor reversals,
 * and the movements they posted, read exactly (numeric as text).
 */
export async function stageHistory(req: PayloadRequest, run: number, stage: string) {
  const { docs: entries } = await req.payload.find({
    collection: 'production-run-entries',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    sort: 'id',
    where: {
      and: [
        { run: { equals: run } },
        { stage: { equals: stage } },
        { reverses: { exists: false } },
        { reversedBy: { exists: false } },
      ],
    },
  })
  const byMovement = new Map<number, ProductionRunEntry>()
  for (const entry of entries)
    for (const movement of entry.movements ?? []) byMovement.set(idOf(movement), entry)
  const rows = byMovement.size ? await movementsByIds(req, [...byMovement.keys()]) : []
  const movements: EntryMovement[] = rows.map((row) => {
    const entry = byMovement.get(row.id)!
    return {
      entry: { id: entry.id, item: idOf(entry.item), kind: entry.kind },
      item: row.item_id,
      lot: row.lot_id,
      quantity: new Big(row.quantity),
      unitCost: new Big(row.unit_cost),
    }
  })
  return { entries, movements }
}

export type StageHistory = Awaited<ReturnType<typeof stageHistory>>

/** The movements of an item's own entries of these kinds (a scrap entry's scrap item excluded). */
export const movementsOf = (
  history: StageHistory,
  kinds: readonly EntryKind[],
  item?: number,
): EntryMovement[] =>
  history.movements.filter(
    (m) =>
      kinds.includes(m.entry.kind) &&
      m.item === m.entry.item &&
      (item === undefined || m.item === item),
  )
