import Big from 'big.js'
import type { PayloadRequest } from 'payload'

import { decimalOf, parseDecimal, problemText } from '../platform/rules/decimal'
import { reversalShare } from './rules/reversalShare'
import { consumptionOf, type PostingLineInput } from '../ledger'
import { invalid } from '../platform/errors'
import type { ManufacturingOrder } from '../payload-types'
import { idOf } from '../platform/idOf'
import { virtualLocation } from '../inventory/virtualLocation'
import { outputLineOf, outputPostingKey } from './rules/outputKeys'
import { consumedPerLine, returnsToLots } from './rules/reversalReturns'

export type OutputRow = NonNullable<ManufacturingOrder['outputs']>[number]

/**
 * What taking `quantity` of an output row back posts, without posting it: the quantity out of the
 * row's lot, and the row's share of each ingredient back into the lots it was consumed from (the
 * latest first, at their cost then). Shared by the reversal and the preview its dialog shows.
 */
export async function planOutputReversal(
  req: PayloadRequest,
  order: ManufacturingOrder,
  args: { quantity: unknown; row: unknown },
) {
  const { quantity, row } = rowToReverse(order, args)
  const key = outputPostingKey(order.id, row.id!)
  // What recording the row consumed, per movement, and what earlier reversals returned of it.
  const consumed = await consumptionOf(req, key, `${key}/reverse/`)
  const lots = consumed.map((m) => ({
    ...m,
    quantity: new Big(m.quantity),
    returned: new Big(m.returned),
    unitCost: m.unit_cost,
  }))
  const share = reversalShare(
    {
      completedQuantity: decimalOf(row.completedQuantity),
      consumed: consumedPerLine(lots),
      operationCost: decimalOf(row.operationCost),
      reversedQuantity: decimalOf(row.reversedQuantity),
    },
    quantity.value,
  )
  if (!share.ok)
    throw share.code === 'exceeds_reversible'
      ? invalid('quantity', `only ${share.reversible.toFixed()} of this row is left to take back`)
      : invalid('quantity', 'must be greater than zero')
  const production = await virtualLocation(req, 'production')
  const location = idOf(order.location)
  const returns: PostingLineInput[] = returnsToLots(share.returns, lots).map((back) => ({
    from: production,
    item: back.item,
    lot: back.lot,
    quantity: back.quantity.toFixed(),
    reason: 'produce',
    sourceLine: back.line,
    to: location,
    unitCost: back.unitCost,
  }))
  const output: PostingLineInput = {
    from: location,
    item: idOf(order.product),
    lot: idOf(row.lot),
    quantity: quantity.value.toFixed(),
    reason: 'consume',
    sourceLine: outputLineOf(row.id!),
    to: production,
  }
  return {
    key,
    output,
    quantity: quantity.value,
    returns,
    reversible: decimalOf(row.completedQuantity).minus(decimalOf(row.reversedQuantity)),
    row,
    share,
  }
}

/** The quantity to take back and the recorded output row it comes from (by id or batch). */
function rowToReverse(order: ManufacturingOrder, args: { quantity: unknown; row: unknown }) {
  const quantity = parseDecimal(args.quantity, 'positive')
  if (!quantity.ok) throw invalid('quantity', problemText[quantity.problem])
  const rows = order.outputs ?? []
  const row = rows.find((r) => r.id === args.row || String(r.batchNumber) === String(args.row))
  if (!row || !row.lot || !decimalOf(row.completedQuantity).gt(0))
    throw invalid('row', 'name an output row that was recorded')
  return { quantity, row }
}
