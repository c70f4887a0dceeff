import type { PayloadRequest } from 'payload'

import { findPosting, post, type PostingLineInput } from '../../ledger'
import { defineAction } from '../../platform/defineAction'
import { idOf } from '../../platform/idOf'
import { postingKeyOf } from '../../platform/rules/idempotency'
import { loadReservations, releaseReservations } from '../../workflow/reservations'
import {
  postingCount,
  refuseClosed,
  type Requisition,
  requisitionAnswer,
  type RequisitionAnswer,
  type RequisitionLine,
  servedExecutions,
} from '../requisitions'
import {
  beginRequisitionStep,
  finishRequisitionStep,
  requisitionPostingKey,
  type RequisitionStepArgs,
  requisitionStepArgs,
} from '../requisitionSteps'
import { takesOrRefuse, type Take } from '../lineTakes'
import { afterReturn } from '../rules/returns'
import { onFloor } from '../rules/requisitionLots'
import { takeOffTrolley } from '../takeOffTrolley'

/** On the floor for this requisition, neither back in store nor consumed, lot by lot (latest first). */
const returnable = (line: RequisitionLine) =>
  (line.lots ?? [])
    .map((row) => ({
      lot: idOf(row.lot),
      quantity: onFloor(row),
    }))
    .filter((row) => row.quantity.gt(0))
    .reverse()

/** The executions' own reservations of these lots on the floor, released so the lots can leave. */
async function releaseFloorReservations(
  req: PayloadRequest,
  requisition: Requisition,
  takes: Take[],
): Promise<void> {
  const floor = idOf(requisition.floor)
  const lots = new Set(takes.map((t) => t.lot))
  const event = `store-return/${requisition.id}/${await postingCount(req, requisition.id)}`
  for (const id of servedExecutions(requisition)) {
    const ref = { collection: 'executions', id }
    const held = (await loadReservations(req, ref)).filter(
      (r) => r.location === floor && lots.has(r.lot),
    )
    await releaseReservations(req, ref, held, postingKeyOf('executions', id, event))
  }
}

/**
 * `returnToStore`: sends what a requisition issued back from the floor to the store, the same
 * lots, through the ledger (the executions' reservations of them on the floor are released
 * first). Everything still on the floor, or the quantities named per line.
 */
export const returnToStore = defineAction<RequisitionStepArgs, RequisitionAnswer>({
  args: requisitionStepArgs,
  costs: {},
  description: 'return stock to the store',
  name: 'returnToStore',
  permission: 'requisitions.issue',
  perform: async (req, args) => {
    const { clientKey, requisition } = await beginRequisitionStep(req, 'returnToStore', args)
    // The same return asked again (a retry after a lost answer) returns nothing twice.
    if (clientKey && (await findPosting(req, clientKey))) return requisitionAnswer(requisition)
    refuseClosed(requisition, 'returned')
    const takes = takesOrRefuse(requisition, args.lines, returnable, {
      none: 'nothing of this line is on the floor',
      nothing: 'has nothing on the floor to return',
      over: (there, asked) => `only ${there} was issued and not returned, not ${asked}`,
    })
    await releaseFloorReservations(req, requisition, takes)
    const lines: PostingLineInput[] = takes.map(({ lot, quantity, row }) => ({
      from: idOf(requisition.floor),
      item: idOf(row.item),
      lot,
      quantity: quantity.toFixed(),
      reason: 'transfer',
      sourceLine: `line:${row.id}`,
      to: idOf(requisition.source),
    }))
    await post(req, {
      key: clientKey ?? (await requisitionPostingKey(req, requisition, 'return')),
      lines,
      source: { collection: 'material-requisitions', id: requisition.id },
    })
    const unstaged: Take[] = []
    for (const { lot, quantity, row } of takes) {
      const entry = (row.lots ?? []).find((r) => idOf(r.lot) === lot)!
      const after = afterReturn(entry, quantity)
      entry.returned = after.returned
      entry.staged = after.staged
      unstaged.push({ lot, quantity: after.unstaged, row })
    }
    await takeOffTrolley(req, requisition, unstaged)
    return finishRequisitionStep(req, requisition, { settle: true })
  },
})
