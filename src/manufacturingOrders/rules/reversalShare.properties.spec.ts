import Big from 'big.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { type Decimal, zero } from '../../platform/rules/decimal'
import { type ProducedRow, reversalShare } from './reversalShare'

const thousandths = (min: number, max: number) =>
  fc.integer({ max, min }).map((n) => new Big(n).div(1000))

/** A row and the reversals that take all of it back: `completed` cut at random points. */
const scenarioArb = fc
  .integer({ max: 1_000_000, min: 1 })
  .chain((completed) =>
    fc.record({
      completed: fc.constant(completed),
      consumed: fc.array(thousandths(0, 10_000_000), { maxLength: 5 }),
      cuts: fc.array(fc.integer({ max: completed, min: 0 }), { maxLength: 6 }),
      operationCost: thousandths(0, 10_000_000),
    }),
  )
  .map(({ completed, consumed, cuts, operationCost }) => {
    const points = [...new Set([0, ...cuts, completed])].sort((a, b) => a - b)
    const splits = points.slice(1).map((point, index) => new Big(point - points[index]).div(1000))
    const row: ProducedRow = {
      completedQuantity: new Big(completed).div(1000),
      consumed: consumed.map((quantity, index) => ({ line: `line-${index}`, quantity })),
      operationCost,
      reversedQuantity: zero,
    }
    return { row, splits }
  })

describe('reversalShare properties', () => {
  it('reversing everything, in any split, returns exactly what the row consumed', () => {
    fc.assert(
      fc.property(scenarioArb, ({ row, splits }) => {
        const returned = new Map<string, Decimal>()
        let operationCost = zero
        let reversed = zero
        for (const quantity of splits) {
          const result = reversalShare({ ...row, reversedQuantity: reversed }, quantity)
          if (!result.ok) throw new Error(result.code)
          for (const { line, quantity: back } of result.returns) {
            expect(back.gt(0)).toBe(true)
            returned.set(line, (returned.get(line) ?? zero).plus(back))
          }
          operationCost = operationCost.plus(result.operationCost)
          reversed = reversed.plus(quantity)
        }
        for (const { line, quantity } of row.consumed) {
          expect((returned.get(line) ?? zero).eq(quantity)).toBe(true)
        }
        expect(operationCost.eq(row.operationCost)).toBe(true)
        // And nothing more can be taken back.
        expect(
          reversalShare({ ...row, reversedQuantity: reversed }, new Big('0.001')),
        ).toMatchObject({ code: 'exceeds_reversible', ok: false })
      }),
    )
  })
})
