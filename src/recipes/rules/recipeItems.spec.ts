import { describe, expect, it } from 'vitest'

import { recipeItemRefusal } from './recipeItems'

const items = new Map(
  [
    { id: 1, kind: 'product', name: 'Bread' },
    { id: 2, kind: 'material', name: 'Flour' },
    { id: 3, kind: 'resource', name: 'Oven' },
  ].map((item) => [item.id, item]),
)

describe('recipeItemRefusal', () => {
  it('passes a product made of materials with resources in its operations', () => {
    expect(recipeItemRefusal(1, [2], [3], items)).toBeNull()
  })

  it('refuses an output that is not a product', () => {
    expect(recipeItemRefusal(2, [], [], items)).toEqual({
      message: 'Flour is a material, not a product',
      path: 'product',
    })
  })

  it('refuses a resource among components and anything else among resources', () => {
    expect(recipeItemRefusal(1, [2, 3], [], items)).toEqual({
      message: 'Oven is a resource: list it under operations, not components',
      path: 'components[1].item',
    })
    expect(recipeItemRefusal(1, [], [2], items)).toEqual({
      message: 'Flour is a material, not a resource',
      path: 'operations[0].resource',
    })
  })

  it('names an unknown item where it stands, the output first', () => {
    expect(recipeItemRefusal(9, [8], [], items)?.path).toBe('product')
    expect(recipeItemRefusal(1, [8], [7], items)).toEqual({
      message: 'no item with id 8',
      path: 'components[0].item',
    })
    expect(recipeItemRefusal(1, [], [7], items)?.path).toBe('operations[0].resource')
  })
})
