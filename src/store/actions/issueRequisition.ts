import { post, type PostingLineInput } from '../../ledger'
import { defineAction } from '../../platform/defineAction'
import { idOf } from '../../platform/idOf'
import { takesOrRefuse } from '../lineTakes'
import {
  addToLot,
  lotQuantity,
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

/** Picked at the store and not issued yet, lot by lot. */
const issuable = (line: RequisitionLine) =>
  (line.lots ?? [])
    .map((row) => ({
      lot: idOf(row.lot),
      quantity: lotQuantity(row, 'picked').minus(lotQuantity(row, 'issued')),
    }))
    .filter((row) => row.quantity.gt(0))

/**
 * `issueRequisition`: sends what was picked from the store to the production floor in one ledger
 * posting: each lot's reservation at the store released, the same lot transferred. Issues every
 * picked line in full, or the quantities named (never more than picked).
 */
export const issueRequisition = defineAction<RequisitionStepArgs, RequisitionAnswer>({
  args: requisitionStepArgs,
  costs: {},
  description: 'issue requisitions to the floor',
  name: 'issueRequisition',
  permission: 'requisitions.issue',
  perform: async (req, args) => {
    const { clientKey, requisition } = await beginRequisitionStep(req, 'issueRequisition', args)
    refuseClosed(requisition, 'issued')
    const moves = takesOrRefuse(requisition, args.lines, issuable, {
      none: 'nothing is picked on this line to issue',
      nothing: 'has nothing picked to issue: pick it first',
      over: (there, asked) => `only ${there} is picked and not issued, not ${asked}`,
    })
    const source = idOf(requisition.source)
    const floor = idOf(requisition.floor)
    const lines: PostingLineInput[] = moves.flatMap(({ lot, quantity, row }) => [
      {
        from: source,
        item: idOf(row.item),
        lot,
        quantity: quantity.toFixed(),
        reason: 'release' as const,
        sourceLine: `line:${row.id}`,
        to: source,
      },
      {
        from: source,
        item: idOf(row.item),
        lot,
        quantity: quantity.toFixed(),
        reason: 'transfer' as const,
        sourceLine: `line:${row.id}`,
        to: floor,
      },
    ])
    const key = clientKey ?? (await requisitionPostingKey(req, requisition, 'issue'))
    const { replayed } = await post(req, {
      key,
      lines,
      source: { collection: 'material-requisitions', id: requisition.id },
    })
    if (replayed) return requisitionAnswer(requisition)
    for (const { lot, quantity, row } of moves) addToLot(row, lot, 'issued', quantity)
    return finishRequisitionStep(req, requisition, { settle: true })
  },
})
