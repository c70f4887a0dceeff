import Big from 'big.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { type Decimal, sum, zero } from '../../platform/rules/decimal'
import {
  type InventoryAddition,
  planUndo,
  returnedShare,
  undoableOf,
} from './undoInventoryAddition'

/** A decimal with up to 6 places, as the ledger stores quantities. */
const amount = (min: number, max: number) =>
  fc.integer({ max: max * 1_000_000, min: min * 1_000_000 }).map((n) => new Big(n).div(1_000_000))

const production = fc.record({
  consumed: fc.array(fc.record({ quantity: amount(0.000001, 500), unitCost: amount(0, 50) }), {
    maxLength: 5,
    minLength: 1,
  }),
  produced: amount(0.000001, 100),
})

const asProduction = (
  p: { consumed: { quantity: Decimal; unitCost: Decimal }[]; produced: Decimal },
  undone: Decimal,
): InventoryAddition => ({
  consumed: p.consumed.map((c, i) => ({ ...c, item: i + 1, lot: 10 + i, movement: 100 + i })),
  key: 'p',
  lot: 1,
  produced: p.produced,
  remaining: p.produced.minus(undone),
  undone,
})

describe('undoing an inventory addition, property', () => {
  it('returns, over any steps, exactly what was consumed, never more, each step ≥ 0', () => {
    fc.assert(
      fc.property(
        production,
        fc.array(fc.double({ max: 1, min: 0.01, noNaN: true }), { maxLength: 6 }),
        (p, fractions) => {
          const returned = p.consumed.map(() => zero)
          let undone = zero
          const undoOnce = (quantity: Decimal) => {
            const plan = planUndo([asProduction(p, undone)], quantity)
            expect(plan.ok).toBe(true)
            if (!plan.ok) return
            for (const step of plan.steps) {
              expect(step.quantity.eq(quantity)).toBe(true)
              for (const r of step.returns) {
                expect(r.quantity.gt(0)).toBe(true)
                returned[r.lot - 10] = returned[r.lot - 10]!.plus(r.quantity)
              }
            }
            undone = undone.plus(quantity)
            // The same total whatever the steps that led here.
            p.consumed.forEach((c, i) =>
              expect(returned[i]!.eq(returnedShare(c.quantity, undone, p.produced))).toBe(true),
            )
          }
          for (const fraction of fractions) {
            const quantity = undoableOf(asProduction(p, undone))
              .times(fraction.toFixed(2))
              .round(6, Big.roundDown)
            if (quantity.gt(0)) undoOnce(quantity)
            p.consumed.forEach((c, i) => expect(returned[i]!.lte(c.quantity)).toBe(true))
          }
          const rest = p.produced.minus(undone)
          if (rest.gt(0)) undoOnce(rest)
          p.consumed.forEach((c, i) => expect(returned[i]!.eq(c.quantity)).toBe(true))
        },
      ),
    )
  })

  it('refuses exactly when more is asked than the productions can give back', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(production, amount(0, 100), amount(0, 100)), {
          maxLength: 4,
          minLength: 1,
        }),
        amount(0.000001, 300),
        (entries, quantity) => {
          const productions = entries.map(([p, undone, remaining], i) => ({
            ...asProduction(p, zero),
            key: `p${i}`,
            remaining,
            undone,
          }))
          const undoable = sum(productions.map(undoableOf))
          const plan = planUndo(productions, quantity)
          expect(plan.ok).toBe(quantity.lte(undoable))
          if (!plan.ok) expect(plan.undoable.eq(undoable)).toBe(true)
          else {
            expect(sum(plan.steps.map((s) => s.quantity)).eq(quantity)).toBe(true)
            for (const step of plan.steps) {
              const from = productions.find((p) => p.key === step.key)!
              expect(step.quantity.lte(undoableOf(from))).toBe(true)
            }
          }
        },
      ),
    )
  })
})
