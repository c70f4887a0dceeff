import Big from 'big.js'
import type { PayloadRequest } from 'payload'

import { clientPostingKey, post, type PostingLineInput } from '../../ledger'
import { defineAction } from '../../platform/defineAction'
import { invalid, invalidEach } from '../../platform/errors'
import { idOf } from '../../platform/idOf'
import { decimalOf, parseDecimal, problemText } from '../../platform/rules/decimal'
import { postingKeyOf } from '../../platform/rules/idempotency'
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

type PickLine = {
  line?: unknown
  lots?: { lot?: unknown; quantity?: unknown }[]
  quantity?: unknown
  strategy?: unknown
}
type Args = { key?: unknown; lines?: unknown; requisition: unknown }
type Problem = { message: string; path: string }

/** What a line still needs picked: what it asks, less what is picked and not returned. */
export const openToPick = (line: RequisitionLine): Big =>
  decimalOf(line.requiredQuantity).minus(
    (line.lots ?? []).reduce(
      (total, row) => total.plus(lotQuantity(row, 'picked')).minus(lotQuantity(row, 'returned')),
      new Big(0),
    ),
  )

/** Named lots must be the line's item's, available and not expired: a clear 400 otherwise. */
async function checkNamedLots(
  req: PayloadRequest,
  picks: { lots: { lot: number; path: string }[]; row: RequisitionLine }[],
  problems: Problem[],
): Promise<void> {
  const named = picks.flatMap((p) => p.lots.map((l) => ({ ...l, item: idOf(p.row.item) })))
  if (named.length === 0) return
  const { docs } = await req.payload.find({
    collection: 'lots',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    where: { id: { in: [...new Set(named.map((n) => n.lot))] } },
  })
  const byId = new Map(docs.map((doc) => [doc.id, doc]))
  const now = Date.now()
  for (const { item, lot, path } of named) {
    const doc = byId.get(lot)
    if (!doc) problems.push({ message: `there is no lot ${lot}`, path })
    else if (idOf(doc.item) !== item)
      problems.push({ message: `lot ${doc.code} is of another item`, path })
    else if (doc.disposition === 'blocked')
      problems.push({ message: `lot ${doc.code} is blocked`, path })
    else if (doc.expiresAt && new Date(doc.expiresAt).getTime() <= now)
      problems.push({ message: `lot ${doc.code} has expired`, path })
  }
}

/**
 * `pickRequisition`: reserves lots at the store for requisition lines: the lots named, or FIFO /
 * LIFO. Partial picks are allowed; more than a line still needs is refused. Concurrent pickers
 * queue on the ledger's balance rows, so two never take the same units. Without `lines`, every
 * open line is picked in full by FIFO.
 */
export const pickRequisition = defineAction<Args, RequisitionAnswer>({
  args: { key: 'String', lines: 'JSON', requisition: 'Int!' },
  costs: {},
  description: 'pick requisitions',
  name: 'pickRequisition',
  permission: 'requisitions.pick',
  perform: async (req, args) => {
    const clientKey = clientPostingKey(req, 'pickRequisition', args.key)
    const requisition = await lockRequisition(req, args.requisition)
    refuseClosed(requisition, 'picked')
    const asked: PickLine[] =
      args.lines === undefined || args.lines === null
        ? (requisition.lines ?? [])
            .filter((line) => openToPick(line).gt(0))
            .map((line) => ({ line: line.id }))
        : Array.isArray(args.lines)
          ? (args.lines as PickLine[])
          : []
    if (asked.length === 0)
      throw invalid('lines', `${requisition.code} has nothing left to pick: list the lines to pick`)
    const problems: Problem[] = []
    const picks = asked.flatMap((pick, index) => {
      const at = (field: string) => `lines[${index}].${field}`
      const row = (requisition.lines ?? []).find((r) => r.id === pick?.line)
      if (!row) {
        problems.push({ message: `${requisition.code} has no such line`, path: at('line') })
        return []
      }
      const open = openToPick(row)
      const lots = (Array.isArray(pick.lots) ? pick.lots : []).map((lot, n) => {
        const quantity = parseDecimal(lot?.quantity, 'positive')
        if (!quantity.ok)
          problems.push({ message: problemText[quantity.problem], path: at(`lots[${n}].quantity`) })
        if (!Number.isSafeInteger(lot?.lot))
          problems.push({ message: 'must be a lot id', path: at(`lots[${n}].lot`) })
        return {
          lot: lot?.lot as number,
          path: at(`lots[${n}].lot`),
          quantity: quantity.ok ? quantity.value : new Big(0),
        }
      })
      if (pick.strategy !== undefined && pick.strategy !== 'fifo' && pick.strategy !== 'lifo')
        problems.push({ message: 'must be fifo or lifo', path: at('strategy') })
      let quantity = open
      if (lots.length > 0)
        quantity = lots.reduce((total, lot) => total.plus(lot.quantity), new Big(0))
      else if (pick.quantity !== undefined) {
        const parsed = parseDecimal(pick.quantity, 'positive')
        if (!parsed.ok)
          problems.push({ message: problemText[parsed.problem], path: at('quantity') })
        quantity = parsed.ok ? parsed.value : new Big(0)
      }
      if (open.lte(0))
        problems.push({ message: 'this line is picked in full already', path: at('line') })
      else if (quantity.gt(open))
        problems.push({
          message: `only ${open.toFixed()} is left to pick on this line, not ${quantity.toFixed()}`,
          path: at(lots.length > 0 ? 'lots' : 'quantity'),
        })
      return [{ lots, quantity, row, strategy: pick.strategy as 'fifo' | 'lifo' | undefined }]
    })
    await checkNamedLots(req, picks, problems)
    if (problems.length > 0) throw invalidEach(problems)

    const source = idOf(requisition.source)
    const lines: PostingLineInput[] = picks.map(({ lots, quantity, row, strategy }) => ({
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
    const key =
      clientKey ??
      postingKeyOf(
        'material-requisitions',
        requisition.id,
        `pick/${await postingCount(req, requisition.id)}`,
      )
    const { movements, replayed } = await post(req, {
      key,
      lines,
      source: { collection: 'material-requisitions', id: requisition.id },
    })
    if (replayed) return requisitionAnswer(requisition)
    for (const movement of movements)
      addToLot(picks[movement.line]!.row, movement.lot, 'picked', new Big(movement.quantity))
    const saved = await saveRequisition(req, requisition)
    await refreshSupplyStatus(req, servedExecutions(saved))
    return requisitionAnswer(saved)
  },
})
