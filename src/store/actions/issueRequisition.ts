import Big from 'big.js'
import type { PayloadRequest } from 'payload'

import type { Execution } from '../../payload-types'
import { clientPostingKey, post, type PostingLineInput } from '../../ledger'
import { defineAction } from '../../platform/defineAction'
import { invalid, invalidEach } from '../../platform/errors'
import { idOf } from '../../platform/idOf'
import { minDecimal } from '../../platform/rules/decimal'
import { parseDecimal, problemText } from '../../platform/rules/decimal'
import { postingKeyOf } from '../../platform/rules/idempotency'
import { bringStockToStatus } from '../../workflow/bringStockToStatus'
import {
  addToLot,
  lockRequisition,
  lotQuantity,
  postingCount,
  refuseClosed,
  requisitionAnswer,
  type RequisitionAnswer,
  type RequisitionLine,
  saveRequisition,
  servedExecutions,
} from '../requisitions'
import { refreshSupplyStatus } from '../supplyStatus'

type Args = { key?: unknown; lines?: unknown; requisition: unknown }

/** Picked at the store and not issued yet, lot by lot. */
const issuable = (line: RequisitionLine) =>
  (line.lots ?? [])
    .map((row) => ({
      lot: idOf(row.lot),
      quantity: lotQuantity(row, 'picked').minus(lotQuantity(row, 'issued')),
    }))
    .filter((row) => row.quantity.gt(0))

/**
 * Brings each served execution's stock to its status again: with the materials now on its floor,
 * its own reservation there takes them (the store's reservation was released as they left).
 */
export async function settleExecutions(req: PayloadRequest, ids: number[]): Promise<void> {
  for (const id of ids) {
    const doc = (await req.payload.findByID({
      collection: 'executions',
      depth: 0,
      id,
      overrideAccess: true,
      req,
    })) as Execution
    await bringStockToStatus(req, doc)
  }
}

/**
 * `issueRequisition`: sends what was picked from the store to the production floor in one ledger
 * posting: each lot's reservation at the store released, the same lot transferred. Issues every
 * picked line in full, or the quantities named (never more than picked).
 */
export const issueRequisition = defineAction<Args, RequisitionAnswer>({
  args: { key: 'String', lines: 'JSON', requisition: 'Int!' },
  costs: {},
  description: 'issue requisitions to the floor',
  name: 'issueRequisition',
  permission: 'requisitions.issue',
  run: async (req, args) => {
    const clientKey = clientPostingKey(req, 'issueRequisition', args.key)
    const requisition = await lockRequisition(req, args.requisition)
    refuseClosed(requisition, 'issued')
    const rows = requisition.lines ?? []
    const asked: { line?: unknown; quantity?: unknown }[] =
      args.lines === undefined || args.lines === null
        ? rows.filter((row) => issuable(row).length > 0).map((row) => ({ line: row.id }))
        : Array.isArray(args.lines)
          ? args.lines
          : []
    if (asked.length === 0)
      throw invalid('lines', `${requisition.code} has nothing picked to issue: pick it first`)
    const problems: { message: string; path: string }[] = []
    const issues = asked.flatMap((issue, index) => {
      const at = (field: string) => `lines[${index}].${field}`
      const row = rows.find((r) => r.id === issue?.line)
      if (!row) {
        problems.push({ message: `${requisition.code} has no such line`, path: at('line') })
        return []
      }
      const lots = issuable(row)
      const picked = lots.reduce((total, lot) => total.plus(lot.quantity), new Big(0))
      let quantity = picked
      if (issue.quantity !== undefined) {
        const parsed = parseDecimal(issue.quantity, 'positive')
        if (!parsed.ok)
          problems.push({ message: problemText[parsed.problem], path: at('quantity') })
        quantity = parsed.ok ? parsed.value : new Big(0)
      }
      if (picked.lte(0))
        problems.push({ message: 'nothing is picked on this line to issue', path: at('line') })
      else if (quantity.gt(picked))
        problems.push({
          message: `only ${picked.toFixed()} is picked and not issued, not ${quantity.toFixed()}`,
          path: at('quantity'),
        })
      // The lots in the order they were picked, as far as the quantity goes.
      let left = quantity
      const take = lots.flatMap((lot) => {
        const q = left.gt(0) ? minDecimal(left, lot.quantity) : new Big(0)
        left = left.minus(q)
        return q.gt(0) ? [{ lot: lot.lot, quantity: q }] : []
      })
      return [{ row, take }]
    })
    if (problems.length > 0) throw invalidEach(problems)

    const source = idOf(requisition.source)
    const floor = idOf(requisition.floor)
    const moves = issues.flatMap(({ row, take }) => take.map((t) => ({ ...t, row })))
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
    const key =
      clientKey ??
      postingKeyOf(
        'material-requisitions',
        requisition.id,
        `issue/${await postingCount(req, requisition.id)}`,
      )
    const { replayed } = await post(req, {
      key,
      lines,
      source: { collection: 'material-requisitions', id: requisition.id },
    })
    if (replayed) return requisitionAnswer(requisition)
    for (const { lot, quantity, row } of moves) addToLot(row, lot, 'issued', quantity)
    const saved = await saveRequisition(req, requisition)
    await settleExecutions(req, servedExecutions(saved))
    await refreshSupplyStatus(req, servedExecutions(saved))
    return requisitionAnswer(saved)
  },
})
