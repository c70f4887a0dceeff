import Big from 'big.js'

import { perUnit } from '../rules/costVariance'
import { defineAction } from '../../platform/defineAction'
import { idOf } from '../../platform/idOf'
import { costedOperation, orderOutput } from '../../manufacturingOrders/orderDocument'
import { completedOutput, type OrderData } from '../../manufacturingOrders/orderShape'
import { outputLine } from '../../workflow/productionDocument'
import { loadStatusPostings } from '../../workflow/statusPostings'
import { decimalOf } from '../../platform/rules/decimal'
import { compare, costRules, type CostVarianceView, readable } from '../costComparison'

/**
 * `orderCostVariance`: an order's planned cost (its ingredients at today's current cost, its
 * operations at their planned time and rates) beside its actual cost (what the ledger consumed,
 * and the operations' actual cost once done, before that what recorded output absorbed of
 * their planned cost), and the variance.
 */
export const orderCostVariance = defineAction<{ order: number }, CostVarianceView>({
  args: { order: 'Int!' },
  costs: costRules('manufacturingOrders.viewCosts'),
  description: 'view manufacturing orders',
  kind: 'query',
  name: 'orderCostVariance',
  permission: 'manufacturingOrders.view',
  perform: async (req, args) => {
    const order = (await readable(
      req,
      'manufacturing-orders',
      'order',
      args.order,
    )) as OrderData & { id: number }
    const operations = order.operations ?? []
    const done = (order as { state?: string }).state === 'done'
    const materialCost = decimalOf(order.costs?.materialCost)
    // Done: the operations' actual cost. Before: what recorded output absorbed of them so far.
    const operationCost = done
      ? operations.reduce((total, row) => total.plus(decimalOf(row.actualCost)), new Big(0))
      : (order.outputs ?? []).reduce(
          (total, row) => total.plus(decimalOf(row.operationCost)),
          new Big(0),
        )
    const statusOutput = (await loadStatusPostings(req, 'manufacturing-orders', order.id))
      .filter((posting) => posting.line === outputLine)
      .reduce((total, posting) => total.plus(posting.quantity), new Big(0))
    const totalCost = materialCost.plus(operationCost)
    return compare(
      req,
      {
        lines: (order.ingredients ?? []).map((row) => ({
          item: idOf(row.item),
          quantity: decimalOf(row.plannedQuantity),
        })),
        operations: operations.map(costedOperation),
        output: orderOutput(order),
        product: idOf(order.product),
      },
      {
        materialCost,
        operationCost,
        totalCost,
        unitCost: perUnit(totalCost, completedOutput(order).plus(statusOutput)),
      },
    )
  },
})
