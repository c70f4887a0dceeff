import { post, postingCountUnder } from '../../ledger'
import { conflict } from '../../platform/errors'
import { defineAction } from '../../platform/defineAction'
import { loadOpenOrder } from '../loadOrder'
import { ingredientLine } from '../orderDocument'
import { planOutputReversal } from '../outputReversal'
import { saveOrderProgress } from '../saveOrderProgress'
import { decimalOf } from '../../platform/rules/decimal'

type Args = { order: number; quantity: unknown; row: string }

/**
 * `reverseOrderOutput`: takes recorded output back: the quantity leaves the row's lot (more than
 * the lot still holds is refused), and the row's share of each ingredient returns to the lots it
 * was consumed from, at their cost then, in proportion; the row's absorbed operation cost goes
 * back with it. Reversing everything returns exactly what the row consumed.
 */
export const reverseOrderOutput = defineAction<
  Args,
  { order: string; reversed: string; row: string }
>({
  args: { order: 'Int!', quantity: 'JSON!', row: 'String!' },
  costs: {},
  description: 'update manufacturing orders',
  name: 'reverseOrderOutput',
  permission: 'manufacturingOrders.update',
  perform: async (req, args) => {
    const order = await loadOpenOrder(req, args.order)
    const rows = order.outputs ?? []
    const { key, output, quantity, returns, row, share } = await planOutputReversal(
      req,
      order,
      args,
    )
    const n = await postingCountUnder(req, `${key}/reverse/`)
    try {
      await post(req, {
        key: `${key}/reverse/${n}`,
        lines: [output, ...returns],
        source: { collection: 'manufacturing-orders', id: order.id },
      })
    } catch (error) {
      if ((error as { status?: number }).status === 409)
        throw conflict(
          `${order.orderNumber}: the output's lot no longer holds ${quantity.toFixed()} to take back. ${(error as Error).message}`,
          (error as { data?: Parameters<typeof conflict>[1] }).data,
        )
      throw error
    }
    const returnedOf = new Map(share.returns.map((r) => [r.line, r.quantity]))
    await saveOrderProgress(req, order, {
      ingredients: (order.ingredients ?? []).map((r) => ({
        ...r,
        backflushedQuantity: Number(
          decimalOf(r.backflushedQuantity)
            .minus(returnedOf.get(ingredientLine(r.id!)) ?? 0)
            .toFixed(),
        ),
      })),
      outputs: rows.map((r) =>
        r.id === row.id
          ? {
              ...r,
              operationCost: Number(
                decimalOf(r.operationCost).minus(share.operationCost).toFixed(),
              ),
              reversedQuantity: Number(decimalOf(r.reversedQuantity).plus(quantity).toFixed()),
            }
          : r,
      ),
    })
    return { order: order.orderNumber ?? '', reversed: quantity.toFixed(), row: row.id! }
  },
})
