import type { PayloadRequest } from 'payload'

import { lotsOnHandAt } from '../ledger'
import { idOf } from '../platform/idOf'
import { type Decimal, decimalOf, zero } from '../platform/rules/decimal'
import { afterConsumption, consumedOnFloor } from './rules/consumption'
import { lotQuantity, onFloor } from './rules/requisitionLots'
import {
  countingRequisitions,
  findRequisitions,
  lockRequisitionRows,
  type LotRow,
  type Requisition,
} from './requisitions'
import { takeOffTrolley } from './takeOffTrolley'
import { writeRequisitionQuantities } from './writeQuantities'

type Held = { requisition: Requisition; row: LotRow }

/** The rows of requisitions at one floor that ever put stock there, lot by lot, oldest first. */
function heldByLot(requisitions: readonly Requisition[]): Map<number, Held[]> {
  const byLot = new Map<number, Held[]>()
  for (const requisition of [...requisitions].sort((a, b) => a.id - b.id))
    for (const line of requisition.lines ?? [])
      for (const row of line.lots ?? []) {
        if (lotQuantity(row, 'issued').lte(0)) continue
        const lot = idOf(row.lot)
        byLot.set(lot, [...(byLot.get(lot) ?? []), { requisition, row }])
      }
  return byLot
}

/** What the other requisitions at `floor` still hold there of `lots`, by lot. */
async function heldByOthers(
  req: PayloadRequest,
  floor: number,
  lots: readonly number[],
  mine: readonly number[],
): Promise<Map<number, Decimal>> {
  const docs = await findRequisitions(req, {
    and: [{ floor: { equals: floor } }, { id: { not_in: [...mine] } }, countingRequisitions],
  })
  const held = new Map<number, Decimal>()
  for (const line of docs.flatMap((doc) => doc.lines ?? []))
    for (const row of line.lots ?? []) {
      const lot = idOf(row.lot)
      if (lots.includes(lot)) held.set(lot, (held.get(lot) ?? zero).plus(onFloor(row)))
    }
  return held
}

/**
 * Records on the requisitions of one floor what production consumed of what they issued there,
 * from what the ledger says the floor still holds; what left the floor leaves its trolley too.
 * Answers the requisitions whose rows changed.
 */
async function consumeAtFloor(
  req: PayloadRequest,
  floor: number,
  requisitions: readonly Requisition[],
): Promise<Set<Requisition>> {
  const byLot = heldByLot(requisitions)
  const lots = [...byLot.keys()]
  const changed = new Set<Requisition>()
  if (lots.length === 0) return changed
  const onHand = new Map(
    (await lotsOnHandAt(req, lots, floor)).map((lot) => [lot.id, decimalOf(lot.on_hand)]),
  )
  const others = await heldByOthers(
    req,
    floor,
    lots,
    requisitions.map((r) => r.id),
  )
  const leaving = new Map<Requisition, { lot: number; quantity: Decimal }[]>()
  for (const [lot, held] of byLot) {
    const outs = held.map(({ row }) => ({
      out: lotQuantity(row, 'issued').minus(lotQuantity(row, 'returned')),
    }))
    const consumed = consumedOnFloor(outs, others.get(lot) ?? zero, onHand.get(lot) ?? zero)
    held.forEach(({ requisition, row }, i) => {
      if (consumed[i]!.eq(lotQuantity(row, 'consumed'))) return
      const after = afterConsumption(row, consumed[i]!)
      row.consumed = after.consumed
      row.staged = after.staged
      changed.add(requisition)
      leaving.set(requisition, [
        ...(leaving.get(requisition) ?? []),
        { lot, quantity: after.unstaged },
      ])
    })
  }
  for (const [requisition, takes] of leaving) await takeOffTrolley(req, requisition, takes)
  return changed
}

/**
 * Brings requisitions to what their floors still hold for them: what production consumed there
 * of what they issued is recorded, taken off their trolleys, and closes a requisition once
 * nothing else is held for it; stock back on the floor (a consumption reversed) is held again.
 * The caller holds the requisitions' rows (after the executions they serve). Answers each
 * requisition as it now stands, saved when it changed.
 */
export async function followConsumption(
  req: PayloadRequest,
  requisitions: readonly Requisition[],
): Promise<Requisition[]> {
  const changed = new Set<Requisition>()
  const floors = [...new Set(requisitions.map((r) => idOf(r.floor)))]
  for (const floor of floors) {
    const here = requisitions.filter((r) => idOf(r.floor) === floor)
    for (const requisition of await consumeAtFloor(req, floor, here)) changed.add(requisition)
  }
  const answered: Requisition[] = []
  for (const requisition of requisitions)
    answered.push(
      changed.has(requisition) ? await writeRequisitionQuantities(req, requisition) : requisition,
    )
  return answered
}

/**
 * After an execution's stock followed its status: its requisitions follow what it consumed on
 * the floor (or gave back there). The caller holds the execution's row; its requisitions' rows
 * are locked after it, as every store step locks them.
 */
export async function followExecutionConsumption(
  req: PayloadRequest,
  execution: number,
): Promise<number[]> {
  const found = await findRequisitions(req, {
    and: [{ executions: { in: [execution] } }, countingRequisitions],
  })
  if (found.length === 0) return []
  const ids = found.map((doc) => doc.id)
  await lockRequisitionRows(req, ids)
  const locked = await findRequisitions(req, { id: { in: ids } })
  return (await followConsumption(req, locked)).map((r) => r.id)
}
