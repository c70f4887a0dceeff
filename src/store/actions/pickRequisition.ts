import Big from 'big.js'
import type { PayloadRequest } from 'payload'

import { post, type PostingLineInput } from '../../ledger'
import { defineAction } from '../../platform/defineAction'
import { invalid, invalidEach } from '../../platform/errors'
import { findAllByIds } from '../../platform/findAllByIds'
import { idOf } from '../../platform/idOf'
import {
  askedPicks,
  choosePicks,
  type KnownLot,
  type LinePick,
  namedLotProblems,
} from '../rules/pickChoice'
import {
  addToLot,
  refuseClosed,
  requisitionAnswer,
  type RequisitionAnswer,
  type RequisitionLine,
} from '../requisitions'
import {
  beginRequisitionStep,
  finishRequisitionStep,
  requisitionPostingKey,
  type RequisitionStepArgs,
  requisitionStepArgs,
} from '../requisitionSteps'
type Picks = LinePick<RequisitionLine>[]

/** The lots the picks name, as the store knows them. */
async function loadNamedLots(req: PayloadRequest, picks: Picks) {
  const named = picks.flatMap((p) => p.lots.map((l) => ({ ...l, item: idOf(p.row.item) })))
  if (named.length === 0) return { known: new Map<number, KnownLot>(), named }
  const docs = await findAllByIds(
    req,
    'lots',
    named.map((n) => n.lot),
  )
  return { known: new Map(docs.map((doc) => [doc.id, { ...doc, item: idOf(doc.item) }])), named }
}

/** The reservations at the store that carry out the picks. */
const reservationsOf = (source: number, picks: Picks): PostingLineInput[] =>
  picks.map(({ lots, quantity, row, strategy }) => ({
    from: source,
    item: idOf(row.item),
    quantity: quantity.toFixed(),
    reason: 'reserve',
    sourceLine: `line:${row.id}`,
    to: source,
    ...(lots.length > 0
      ? { lots: lots.map((lot) => ({ lot: lot.lot, quantity: lot.quantity.toFixed() })) }
      : strategy
        ? { strategy }
        : {}),
  }))

/**
 * `pickRequisition`: reserves lots at the store for requisition lines: the lots named, or FIFO /
 * LIFO. Partial picks are allowed; more than a line still needs is refused. Concurrent pickers
 * queue on the ledger's balance rows, so two never take the same units. Without `lines`, every
 * open line is picked in full by FIFO.
 */
export const pickRequisition = defineAction<RequisitionStepArgs, RequisitionAnswer>({
  args: requisitionStepArgs,
  costs: {},
  description: 'pick requisitions',
  name: 'pickRequisition',
  permission: 'requisitions.pick',
  perform: async (req, args) => {
    const { clientKey, requisition } = await beginRequisitionStep(req, 'pickRequisition', args)
    refuseClosed(requisition, 'picked')
    const lines = requisition.lines ?? []
    const asked = askedPicks(lines, args.lines)
    if (asked.length === 0)
      throw invalid('lines', `${requisition.code} has nothing left to pick: list the lines to pick`)
    const { picks, problems } = choosePicks(requisition.code, lines, asked)
    const { known, named } = await loadNamedLots(req, picks)
    problems.push(...namedLotProblems(named, known, Date.now()))
    if (problems.length > 0) throw invalidEach(problems)
    const key = clientKey ?? (await requisitionPostingKey(req, requisition, 'pick'))
    const { movements, replayed } = await post(req, {
      key,
      lines: reservationsOf(idOf(requisition.source), picks),
      source: { collection: 'material-requisitions', id: requisition.id },
    })
    if (replayed) return requisitionAnswer(requisition)
    for (const movement of movements)
      addToLot(picks[movement.line]!.row, movement.lot, 'picked', new Big(movement.quantity))
    return finishRequisitionStep(req, requisition, { settle: false })
  },
})
