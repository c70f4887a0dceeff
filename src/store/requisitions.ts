import Big from 'big.js'
import type { PayloadRequest, Where } from 'payload'

import type { MaterialRequisition } from '../payload-types'
import { conflict, invalid } from '../platform/errors'
import { idOf } from '../platform/idOf'
import { movementCountOf } from '../ledger'
import { lockDocuments } from '../platform/lockDocuments'
import { intArray, query, sql, transactionDb } from '../platform/transactionDb'
import { type Decimal, sum } from '../platform/rules/decimal'
import { isClosedRequisition, requisitionState } from './rules/requisitionLines'
import { decimalOf } from '../platform/rules/decimal'
import { type LotColumn, lotQuantity } from './rules/requisitionLots'

export type Requisition = MaterialRequisition
export type RequisitionLine = NonNullable<Requisition['lines']>[number]
export type LotRow = NonNullable<RequisitionLine['lots']>[number]

export { lotQuantity }

/**
 * Locks a requisition for an action, after the executions it serves (documents by id, then the
 * requisition, before the ledger's items and balances: an execution's save that follows its
 * consumption onto the requisitions holds the execution first too), and reads it.
 */
export async function lockRequisition(
  req: PayloadRequest,
  id: unknown,
  field = 'requisition',
): Promise<Requisition> {
  if (!Number.isSafeInteger(id)) throw invalid(field, 'must be a requisition id')
  const found = (await req.payload.findByID({
    collection: 'material-requisitions',
    depth: 0,
    disableErrors: true,
    id: id as number,
    overrideAccess: true,
    req,
    select: { executions: true },
  })) as null | Pick<Requisition, 'executions' | 'id'>
  if (!found) throw invalid(field, `there is no requisition ${id}`)
  // The executions a requisition serves are fixed when it is raised.
  await lockDocuments(req, 'executions', servedExecutions(found))
  await lockRequisitionRows(req, [id as number])
  return (await req.payload.findByID({
    collection: 'material-requisitions',
    depth: 0,
    id: id as number,
    overrideAccess: true,
    req,
  })) as Requisition
}

/** Locks requisitions' rows until the transaction ends, in id order. */
export async function lockRequisitionRows(req: PayloadRequest, ids: readonly number[]) {
  if (ids.length === 0) return
  await query(
    await transactionDb(req),
    sql`select id from material_requisitions where id = any(${intArray(ids)})
        order by id for no key update`,
  )
}

/** Requisitions whose lines still count (what they asked, what they put on a floor). */
export const countingRequisitions: Where = { state: { not_in: ['cancelled', 'returned'] } }

/** Every requisition `where` finds, by id, as stored. */
export async function findRequisitions(req: PayloadRequest, where: Where): Promise<Requisition[]> {
  const { docs } = await req.payload.find({
    collection: 'material-requisitions',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    sort: 'id',
    where,
  })
  return docs as Requisition[]
}

export const servedExecutions = (requisition: Pick<Requisition, 'executions'>): number[] =>
  [...new Set((requisition.executions ?? []).map(idOf))].sort((a, b) => a - b)

/** Consumed, returned and cancelled requisitions are closed: no step can be taken on them. */
export function refuseClosed(requisition: Requisition, doing: string): void {
  if (isClosedRequisition(requisition.state))
    throw conflict(`${requisition.code} is ${requisition.state}: nothing can be ${doing}.`)
}

/** The line a request names by its row id, or a 400 naming where it was asked. */
export function lineOf(requisition: Requisition, id: unknown, path: string): RequisitionLine {
  const line = (requisition.lines ?? []).find((row) => row.id === id)
  if (!line) throw invalid(path, `${requisition.code} has no line ${String(id)}`)
  return line
}

const total = (line: RequisitionLine, field: LotColumn) =>
  sum((line.lots ?? []).map((row) => lotQuantity(row, field)))

/** Adds `quantity` of `lot` to one of a line's lot columns, creating the lot's row if new. */
export function addToLot(
  line: RequisitionLine,
  lot: number,
  field: LotColumn,
  quantity: Decimal,
): void {
  const lots = (line.lots ??= [])
  let row = lots.find((r) => idOf(r.lot) === lot)
  if (!row) {
    row = { consumed: 0, issued: 0, lot, picked: 0, returned: 0, staged: 0 }
    lots.push(row)
  }
  row[field] = Number(lotQuantity(row, field).plus(quantity).toFixed())
}

/** A requisition's lines with each line's totals summed from its lots, and the state they put it in. */
export function withTotals(requisition: Requisition, cancelled: boolean) {
  const lines = (requisition.lines ?? []).map((line) => ({
    ...line,
    consumedQuantity: Number(total(line, 'consumed').toFixed()),
    issuedQuantity: Number(total(line, 'issued').toFixed()),
    pickedQuantity: Number(total(line, 'picked').toFixed()),
    returnedQuantity: Number(total(line, 'returned').toFixed()),
    stagedQuantity: Number(total(line, 'staged').toFixed()),
  }))
  const state = requisitionState(
    lines.map((line) => ({
      consumed: new Big(line.consumedQuantity),
      issued: new Big(line.issuedQuantity),
      picked: new Big(line.pickedQuantity),
      required: decimalOf(line.requiredQuantity),
      returned: new Big(line.returnedQuantity),
      staged: new Big(line.stagedQuantity),
    })),
    cancelled,
  )
  return { lines, state }
}

/**
 * Writes a requisition's lines (each line's totals summed from its lots) and the state they put
 * it in. The lines are the requisition's own: only the store's actions call this.
 */
export async function saveRequisition(
  req: PayloadRequest,
  requisition: Requisition,
  changes: { cancelled?: boolean; trolley?: number } = {},
): Promise<Requisition> {
  const { lines, state } = withTotals(
    requisition,
    changes.cancelled ?? requisition.state === 'cancelled',
  )
  return (await req.payload.update({
    collection: 'material-requisitions',
    data: { lines, state, ...(changes.trolley ? { trolley: changes.trolley } : {}) },
    depth: 0,
    id: requisition.id,
    overrideAccess: true,
    req,
  })) as Requisition
}

/** How many movements the requisition has: a fresh event number for its next posting's key. */
export async function postingCount(req: PayloadRequest, id: number): Promise<number> {
  return movementCountOf(req, { collection: 'material-requisitions', id })
}

/** The answer every store action gives: the requisition as it now stands. */
export const requisitionAnswer = (requisition: Requisition) => ({
  code: requisition.code ?? '',
  id: requisition.id,
  lines: (requisition.lines ?? []).map((line) => ({
    id: line.id ?? '',
    issued: String(line.issuedQuantity ?? 0),
    item: idOf(line.item),
    consumed: String(line.consumedQuantity ?? 0),
    lots: (line.lots ?? []).map((row) => ({
      consumed: String(row.consumed ?? 0),
      issued: String(row.issued ?? 0),
      lot: idOf(row.lot),
      picked: String(row.picked ?? 0),
      returned: String(row.returned ?? 0),
      staged: String(row.staged ?? 0),
    })),
    picked: String(line.pickedQuantity ?? 0),
    required: String(line.requiredQuantity ?? 0),
    returned: String(line.returnedQuantity ?? 0),
    staged: String(line.stagedQuantity ?? 0),
  })),
  state: requisition.state,
})
export type RequisitionAnswer = ReturnType<typeof requisitionAnswer>
