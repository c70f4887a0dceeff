import { describe, expect, it } from 'vitest'

import { recipeValueChanged } from './recipeOverride'

const requirement = { item: null, kind: 'supplied', requiredQuantity: null }

describe('recipeValueChanged', () => {
  it('compares relations by id, whether sent as an id, a numeric string or a document', () => {
    expect(recipeValueChanged(3, 3)).toBe(false)
    expect(recipeValueChanged({ id: 3, name: 'Toy' }, 3)).toBe(false)
    expect(recipeValueChanged('3', 3)).toBe(false)
    expect(recipeValueChanged(4, 3)).toBe(true)
    expect(recipeValueChanged(null, 3)).toBe(true)
    expect(recipeValueChanged(null, undefined)).toBe(false)
  })

  it('finds a changed, added, removed or reordered row, and ignores fields outside the shape', () => {
    const stored = [
      { id: 'a', item: 1, kind: 'supplied', requiredQuantity: 10, supplyStatus: 'picked' },
      { id: 'b', item: 2, kind: 'sub_recipe', requiredQuantity: 5 },
    ]
    const sentBack = [
      { item: { id: 1 }, kind: 'supplied', requiredQuantity: '10', supplyStatus: 'issued' },
      { item: 2, kind: 'sub_recipe', requiredQuantity: 5.0 },
    ]
    expect(recipeValueChanged(sentBack, stored, requirement)).toBe(false)
    expect(
      recipeValueChanged(
        [stored[0], { ...stored[1], requiredQuantity: 0.001 }],
        stored,
        requirement,
      ),
    ).toBe(true)
    expect(recipeValueChanged([stored[0], { ...stored[1], item: 9 }], stored, requirement)).toBe(
      true,
    )
    expect(
      recipeValueChanged([stored[0], { ...stored[1], kind: 'supplied' }], stored, requirement),
    ).toBe(true)
    expect(recipeValueChanged([stored[0]], stored, requirement)).toBe(true)
    expect(recipeValueChanged([...stored, stored[0]], stored, requirement)).toBe(true)
    expect(recipeValueChanged([stored[1], stored[0]], stored, requirement)).toBe(true)
    expect(recipeValueChanged([], stored, requirement)).toBe(true)
    expect(recipeValueChanged([], null, requirement)).toBe(false)
  })

  it('reads a field left out as its default', () => {
    const stored = [{ item: 1, kind: 'supplied', requiredQuantity: 10 }]
    expect(recipeValueChanged([{ item: 1, requiredQuantity: 10 }], stored, requirement)).toBe(false)
    expect(
      recipeValueChanged(
        [{ item: 1, kind: 'sub_recipe', requiredQuantity: 10 }],
        stored,
        requirement,
      ),
    ).toBe(true)
  })

  it('compares a group by the fields of its shape', () => {
    const shape = { basis: null, outputQuantity: null }
    const stored = { basis: 'per_unit', outputQuantity: 10 }
    expect(recipeValueChanged({ ...stored, note: 'x' }, stored, shape)).toBe(false)
    expect(recipeValueChanged({ ...stored, outputQuantity: 1 }, stored, shape)).toBe(true)
  })
})
