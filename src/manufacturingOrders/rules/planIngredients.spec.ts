import Big from 'big.js'
import { describe, expect, it } from 'vitest'

import { planIngredients, type RecipeComponents } from './planIngredients'

const d = (value: number | string) => new Big(value)
const planned = (lines: ReturnType<typeof planIngredients>) =>
  lines.map((line) => [line.item, line.plannedQuantity.toFixed()])

const table: RecipeComponents = {
  basis: 'per_unit',
  components: [
    { item: 1, quantity: d(1) },
    { item: 2, quantity: d(5) },
    { item: 3, quantity: d(4) },
  ],
  output: d(1),
}
const dough: RecipeComponents = {
  basis: 'per_batch',
  components: [
    { item: 4, quantity: d('12.5') },
    { item: 5, quantity: d('0.25') },
  ],
  output: d(20),
}

describe('planIngredients', () => {
  it('scales a per-unit recipe by the quantity', () => {
    expect(planned(planIngredients(table, { mode: 'discrete', quantity: d(4) }))).toEqual([
      [1, '4'],
      [2, '20'],
      [3, '16'],
    ])
  })

  it('scales a per-batch recipe by whole batches of its output in discrete mode', () => {
    expect(planned(planIngredients(dough, { mode: 'discrete', quantity: d(30) }))).toEqual([
      [4, '25'],
      [5, '0.5'],
    ])
  })

  it('multiplies the per-batch figures by the number of batches in batch mode', () => {
    expect(planned(planIngredients(dough, { batches: 3, mode: 'batch' }))).toEqual([
      [4, '37.5'],
      [5, '0.75'],
    ])
  })

  it('starts every line unpicked and unposted, with the recipe basis and the item strategy', () => {
    const lines = planIngredients(dough, { batches: 1, mode: 'batch' }, (item) =>
      item === 5 ? 'custom' : 'lifo',
    )
    expect(
      lines.map((line) => ({ ...line, plannedQuantity: line.plannedQuantity.toFixed() })),
    ).toEqual([
      {
        actualOverride: null,
        basis: 'per_batch',
        item: 4,
        lotStrategy: 'lifo',
        pickStatus: 'not_picked',
        pickedQuantity: d(0),
        plannedQuantity: '12.5',
        postedQuantity: d(0),
      },
      expect.objectContaining({ item: 5, lotStrategy: 'custom', plannedQuantity: '0.25' }),
    ])
  })

  it('keeps one line per recipe component, even for a repeated item, and defaults to FIFO', () => {
    const recipe = { ...table, components: [...table.components, { item: 2, quantity: d(1) }] }
    const lines = planIngredients(recipe, { mode: 'discrete', quantity: d(1) })
    expect(planned(lines)).toEqual([
      [1, '1'],
      [2, '5'],
      [3, '4'],
      [2, '1'],
    ])
    expect(lines.every((line) => line.lotStrategy === 'fifo')).toBe(true)
  })
})
