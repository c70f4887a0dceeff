import Big from 'big.js'

import { lotsOnHandAt } from '../../ledger'
import { intArray, query, sql, transactionDb } from '../../platform/transactionDb'
import { defineAction } from '../../platform/defineAction'
import { loadOpenOrder } from '../loadOrder'
import { planOutputReversal } from '../outputReversal'

type Args = { order: number; quantity: unknown; row: string }

type Side = {
  item: { id: number; sku: string; unit: string }
  lot: { code: string; id: number }
  /** What the lot holds at the order's location now. */
  lotOnHand: string
  quantity: string
}

export type OutputReversalPreview = {
  /** The lot holds the quantity to take back. */
  allowed: boolean
  batchNumber: null | number
  order: string
  /** What leaves the row's output lot. */
  output: Side
  problems: { message: string }[]
  /** What is left of the row to take back, before this reversal. */
  reversible: string
  /** Each ingredient's share back into the lots it came from. */
  returns: Side[]
  row: string
}

/**
 * What `reverseOrderOutput` would post for the same arguments, without posting: the quantity out
 * of the output lot and each ingredient's share back to its lots, for its confirmation dialog.
 */
export const previewOrderOutputReversal = defineAction<Args, OutputReversalPreview>({
  args: { order: 'Int!', quantity: 'JSON!', row: 'String!' },
  costs: {},
  description: 'update manufacturing orders',
  kind: 'query',
  name: 'previewOrderOutputReversal',
  permission: 'manufacturingOrders.update',
  perform: async (req, args) => {
    const order = await loadOpenOrder(req, args.order)
    const plan = await planOutputReversal(req, order, args)
    const lines = [plan.output, ...plan.returns]
    const db = await transactionDb(req)
    const items = await query<{ id: number; sku: string; unit: string }>(
      db,
      sql`select id, sku, unit from items where id = any(${intArray(lines.map((l) => Number(l.item)))})`,
    )
    const lots = await lotsOnHandAt(
      req,
      lines.map((l) => Number(l.lot)),
      Number(plan.output.from),
    )
    const side = (line: (typeof lines)[number]): Side => {
      const lot = lots.find((l) => l.id === Number(line.lot))!
      return {
        item: items.find((i) => i.id === Number(line.item))!,
        lot: { code: lot.code, id: lot.id },
        lotOnHand: new Big(lot.on_hand ?? 0).toFixed(),
        quantity: new Big(line.quantity).toFixed(),
      }
    }
    const output = side(plan.output)
    const problems = new Big(output.lotOnHand).lt(plan.quantity)
      ? [
          {
            message: `Lot ${output.lot.code} holds ${output.lotOnHand} here: it no longer holds ${plan.quantity.toFixed()} to take back.`,
          },
        ]
      : []
    return {
      allowed: problems.length === 0,
      batchNumber: plan.row.batchNumber ?? null,
      order: order.orderNumber ?? '',
      output,
      problems,
      reversible: plan.reversible.toFixed(),
      returns: plan.returns.map(side),
      row: plan.row.id!,
    }
  },
})
