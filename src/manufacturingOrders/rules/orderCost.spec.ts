import Big from 'big.js'
import { describe, expect, it } from 'vitest'

import { consumedCost } from '../../ledger/rules/costing'
import { type Decimal, zero } from '../../platform/rules/decimal'
import { backflushShare } from './backflushShare'
import { planOperations } from '../../recipes/rules/operations'
import { orderCost } from './orderCost'
import { plannedOutput, type OrderPlan } from '../../recipes/rules/orderPlan'
import { outputRowCost } from './outputRowCost'
import { planIngredients, type RecipeComponents } from './planIngredients'

const d = (value: number | string) => new Big(value)

// A table: 1 top at 300, 5 screws at 10, 4 legs at 25; 30 minutes by 1 person at 100 an hour.
const top = 1
const screw = 2
const leg = 3
const unitCost = new Map([
  [top, d(300)],
  [screw, d(10)],
  [leg, d(25)],
])
const table: RecipeComponents = {
  basis: 'per_unit',
  components: [
    { item: top, quantity: d(1) },
    { item: screw, quantity: d(5) },
    { item: leg, quantity: d(4) },
  ],
  output: d(1),
}
const assembly = [{ crewSize: d(1), minutes: d(30), ratePerHour: d(100) }]

/** Each line's actual cost when all of its planned quantity is consumed at its item's cost. */
const ingredientCosts = (plan: OrderPlan): Decimal[] =>
  planIngredients(table, plan).map((line) =>
    consumedCost([{ quantity: line.plannedQuantity, unitCost: unitCost.get(line.item)! }]),
  )

/** The cost of an order for `tables` tables, all of them completed. */
const tablesCost = (tables: number) => {
  const plan: OrderPlan = { mode: 'discrete', quantity: d(tables) }
  return orderCost({
    completed: d(tables),
    ingredientCosts: ingredientCosts(plan),
    operations: planOperations(table, assembly, plan),
  })
}

describe('orderCost', () => {
  it('costs one table at 450 of material and 50 of operations: 500 a table', () => {
    const cost = tablesCost(1)
    expect(cost.materials.toFixed()).toBe('450')
    expect(cost.operations.toFixed()).toBe('50')
    expect(cost.totalCost.toFixed()).toBe('500')
    expect(cost.unitCost!.toFixed()).toBe('500')
  })

  it('still costs 500 a table for four', () => {
    const cost = tablesCost(4)
    expect([cost.materials, cost.operations, cost.totalCost, cost.unitCost!].map(String)).toEqual([
      '1800',
      '200',
      '2000',
      '500',
    ])
  })

  it('gives each completed row of four tables 500 a table through backflushing', () => {
    const plan: OrderPlan = { mode: 'discrete', quantity: d(4) }
    const lines = planIngredients(table, plan).map((line, index) => ({ ...line, id: `${index}` }))
    let absorbed = zero
    for (const completed of [d(1), d(3)]) {
      const takes = backflushShare(lines, completed, plannedOutput(table, plan))
      for (const { line, quantity } of takes) {
        const taken = lines[Number(line)]
        taken.postedQuantity = taken.postedQuantity.plus(quantity)
      }
      const materials = consumedCost(
        takes.map(({ line, quantity }) => ({
          quantity,
          unitCost: unitCost.get(lines[Number(line)].item)!,
        })),
      )
      const row = outputRowCost({
        absorbedBefore: absorbed,
        completed,
        materials,
        operationsCost: d(200),
        plannedOutput: plannedOutput(table, plan),
      })
      absorbed = absorbed.plus(row.operationCost)
      // 450 of material and 50 of the operations a table: the lot made holds them at 500.
      expect([row.unitCost!.toFixed(), row.operationUnitCost!.toFixed()]).toEqual(['450', '50'])
      expect(row.totalCost.div(completed).toFixed()).toBe('500')
    }
    expect(absorbed.toFixed()).toBe('200')
    expect(lines.map((line) => line.postedQuantity.toFixed())).toEqual(['4', '20', '16'])
  })

  it('has no unit cost before anything is completed', () => {
    const cost = orderCost({ completed: zero, ingredientCosts: [d(450)], operations: assembly })
    expect(cost.totalCost.toFixed()).toBe('500')
    expect(cost.unitCost).toBeNull()
  })
})
