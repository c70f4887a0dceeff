import Big from 'big.js'
import { describe, expect, it } from 'vitest'

import { plannedOutput, type RecipeScale, scaleForPlan } from './orderPlan'

const d = (value: number | string) => new Big(value)
const sauce: RecipeScale = { basis: 'per_batch', output: d(10) }
const bicycle: RecipeScale = { basis: 'per_unit', output: d(1) }

describe('plannedOutput', () => {
  it('is the quantity in discrete mode', () => {
    expect(plannedOutput(sauce, { mode: 'discrete', quantity: d(11) }).toFixed()).toBe('11')
  })

  it('is the recipe output × batches in batch mode', () => {
    expect(plannedOutput(sauce, { batches: 3, mode: 'batch' }).toFixed()).toBe('30')
  })
})

describe('scaleForPlan', () => {
  it('multiplies the per-batch figure by the batches in batch mode, whatever the basis', () => {
    const plan = { batches: 3, mode: 'batch' as const }
    expect(scaleForPlan(sauce, plan, d(4)).toFixed()).toBe('12')
    expect(scaleForPlan({ basis: 'per_unit', output: d(10) }, plan, d(4)).toFixed()).toBe('12')
  })

  it('scales per unit by quantity and per batch by whole batches in discrete mode', () => {
    expect(scaleForPlan(bicycle, { mode: 'discrete', quantity: d(5) }, d(2)).toFixed()).toBe('10')
    expect(scaleForPlan(sauce, { mode: 'discrete', quantity: d(11) }, d(4)).toFixed()).toBe('8')
  })

  it('rounds to the stored precision', () => {
    const recipe: RecipeScale = { basis: 'per_unit', output: d(3) }
    expect(scaleForPlan(recipe, { mode: 'discrete', quantity: d(1) }, d(2)).toFixed()).toBe(
      '0.666667',
    )
  })

  it('refuses batches that are not a whole number of at least 1', () => {
    expect(() => scaleForPlan(sauce, { batches: 0, mode: 'batch' }, d(1))).toThrow(RangeError)
    expect(() => scaleForPlan(sauce, { batches: 1.5, mode: 'batch' }, d(1))).toThrow(RangeError)
  })
})
