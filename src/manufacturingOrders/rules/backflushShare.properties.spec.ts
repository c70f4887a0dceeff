import Big from 'big.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { type Decimal, zero } from '../../platform/rules/decimal'
import { backflushShare } from './backflushShare'
import { postingTarget, remainingToPost } from './remainingToPost'

const quantity = (max: number) => fc.integer({ max, min: 0 }).map((n) => new Big(n).div(1000))

const lineArb = fc.record({
  actualOverride: fc.option(quantity(2_000_000), { nil: null }),
  /** When the user enters the actual quantity: before the nth completion (or after them all). */
  actualEnteredAt: fc.nat({ max: 8 }),
  plannedQuantity: quantity(1_000_000),
})

describe('backflushing then reaching the status', () => {
  it('never posts more than the target per line, in any split of completions', () => {
    fc.assert(
      fc.property(
        fc.array(lineArb, { maxLength: 5, minLength: 1 }),
        fc.integer({ max: 100_000, min: 1 }).map((n) => new Big(n).div(100)),
        fc.array(quantity(150_000), { maxLength: 8 }),
        (specs, plannedOutput, completions) => {
          const lines = specs.map((spec, index) => ({
            actualOverride: null as Decimal | null,
            id: `line-${index}`,
            plannedQuantity: spec.plannedQuantity,
            postedQuantity: zero,
          }))
          const backflushed = lines.map(() => zero)
          const enterActuals = (step: number) =>
            specs.forEach((spec, index) => {
              if (spec.actualEnteredAt === step) lines[index].actualOverride = spec.actualOverride
            })
          completions.forEach((completed, step) => {
            enterActuals(step)
            for (const take of backflushShare(lines, completed, plannedOutput)) {
              const index = lines.findIndex((line) => line.id === take.line)
              expect(take.quantity.gt(0)).toBe(true)
              lines[index].postedQuantity = lines[index].postedQuantity.plus(take.quantity)
              backflushed[index] = backflushed[index].plus(take.quantity)
              // Only an actual quantity lowered afterwards can leave a line above its target.
              expect(lines[index].postedQuantity.lte(postingTarget(lines[index]))).toBe(true)
            }
          })
          for (let step = completions.length; step <= 8; step++) enterActuals(step)
          lines.forEach((line, index) => {
            const target = postingTarget(line)
            const remaining = remainingToPost(line)
            expect(remaining.gte(0)).toBe(true)
            const most = target.gt(backflushed[index]) ? target : backflushed[index]
            expect(backflushed[index].plus(remaining).eq(most)).toBe(true)
            // Once reached, the line has nothing left: a second pass posts nothing.
            const after = { ...line, postedQuantity: line.postedQuantity.plus(remaining) }
            expect(remainingToPost(after).eq(0)).toBe(true)
          })
        },
      ),
    )
  })
})
