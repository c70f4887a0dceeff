import Big from 'big.js'
import { describe, expect, it } from 'vitest'

import { recipeRequirements, type Recipe } from './recipeRequirements'

const d = (value: number | string) => new Big(value)
const shown = (recipe: Recipe, produce: number) =>
  recipeRequirements(recipe, d(produce)).map((r) => ({
    ...r,
    requiredQuantity: r.requiredQuantity.toFixed(),
  }))

describe('recipeRequirements', () => {
  const bicycle: Recipe = {
    basis: 'per_unit',
    components: [
      { item: 1, quantity: d(1), subRecipe: false },
      { item: 2, quantity: d(2), subRecipe: true },
    ],
    operations: [{ crewSize: d(2), minutes: d(30), resource: 9 }],
    output: d(1),
  }

  it('scales components and turns operations into resource hours', () => {
    expect(shown(bicycle, 5)).toEqual([
      { item: 1, kind: 'supplied', requiredQuantity: '5' },
      { item: 2, kind: 'sub_recipe', requiredQuantity: '10' },
      { item: 9, kind: 'supplied', requiredQuantity: '5' },
    ])
  })

  it('works in whole batches for a per_batch recipe', () => {
    const sauce: Recipe = {
      basis: 'per_batch',
      components: [{ item: 3, quantity: d(4), subRecipe: false }],
      operations: [{ crewSize: d(1), minutes: d(90), resource: 9 }],
      output: d(10),
    }
    expect(shown(sauce, 11)).toEqual([
      { item: 3, kind: 'supplied', requiredQuantity: '8' },
      { item: 9, kind: 'supplied', requiredQuantity: '3' },
    ])
  })

  it('sums lines of the same item', () => {
    const recipe: Recipe = {
      ...bicycle,
      operations: [
        { crewSize: d(1), minutes: d(30), resource: 9 },
        { crewSize: d(1), minutes: d(15), resource: 9 },
      ],
    }
    expect(shown(recipe, 2).find((r) => r.item === 9)?.requiredQuantity).toBe('1.5')
  })

  it('rounds to six decimal places', () => {
    const recipe: Recipe = { ...bicycle, operations: [], output: d(3) }
    expect(shown(recipe, 1)[0]!.requiredQuantity).toBe('0.333333')
  })
})
