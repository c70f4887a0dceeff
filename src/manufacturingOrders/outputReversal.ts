import Big from 'big.js'
import type { PayloadRequest } from 'payload'

import { decimalOf, parseDecimal, problemText } from '../platform/rules/decimal'
import { reversalShare } from './rules/reversalShare'
import { consumptionOf, type PostingLineInput } from '../ledger'
import { invalid } from '../platform/errors'
import type { ManufacturingOrder } from '../payload-types'
import { idOf } from '../platform/idOf'
import { virtualLocation } from '../inventory/virtualLocation'
import { outputLineOf, outputPostingKey } from './actions/recordOrderOutput'

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
  const quantity = parseDecimal(args.quantity, 'positive')
  if (!quantity.ok) throw invalid('quantity', problemText[quantity.problem])
  const rows = order.outputs ?? []
  const row = rows.find((r) => r.id === args.row || String(r.batchNumber) === String(args.row))
  if (!row || !row.lot || !decimalOf(row.completedQuantity).gt(0))
    throw invalid('row', 'name an output row that was recorded')
  const key = outputPostingKey(order.id, row.id!)
  // What recording the row consumed, per movement, and what earlier reversals returned of it.
  const consumed = await consumptionOf(req, key, `${key}/reverse/`)
  const perLine = new Map<string, Big>()
  for (const m of consumed)
    perLine.set(m.line, (perLine.get(m.line) ?? new Big(0)).plus(m.quantity))
  const share = reversalShare(
    {
      completedQuantity: decimalOf(row.completedQuantity),
      consumed: [...perLine].map(([line, q]) => ({ line, quantity: q })),
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
  const returns: PostingLineInput[] = []
  const left = new Map(consumed.map((m) => [m.id, new Big(m.quantity).minus(m.returned)]))
  for (const { line, quantity: due } of share.returns) {
    let remaining = due
    for (const m of consumed.filter((c) => c.line === line)) {
      if (remaining.lte(0)) break
      const take = left.get(m.id)!.lt(remaining) ? left.get(m.id)! : remaining
      if (take.lte(0)) continue
      left.set(m.id, left.get(m.id)!.minus(take))
      remaining = remaining.minus(take)
      returns.push({
        from: production,
        item: m.item,
        lot: m.lot,
        quantity: take.toFixed(),
        reason: 'produce',
        sourceLine: line,
        to: location,
        unitCost: m.unit_cost,
      })
    }
  }
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
