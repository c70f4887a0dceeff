import { describe, expect, it } from 'vitest'

import { askedLines, checkChosenLines } from './chosenLines'

const items = new Map([
  [1, { id: 1, kind: 'material', sku: 'FLOUR' }],
  [2, { id: 2, kind: 'resource', sku: 'OVEN' }],
])
const suppliers = new Map([[7, 'Mill']])
const check = (value: unknown[]) => checkChosenLines(value, askedLines(value), items, suppliers)

describe('askedLines', () => {
  it('reads ids where they are ids, and anything else as none', () => {
    expect(askedLines([{ item: '1', quantity: 2, supplier: 7 }, 'x'])).toEqual([
      { index: 0, item: 1, quantity: 2, rawSupplier: 7, supplier: 7 },
      { index: 1, item: null, quantity: undefined, rawSupplier: undefined, supplier: null },
    ])
  })
})

describe('checkChosenLines', () => {
  it('keeps every line whose item, supplier and quantity hold', () => {
    const { lines, problems } = check([{ item: 1, quantity: '2.5', supplier: 7 }])
    expect(problems).toEqual([])
    expect(lines.map((l) => [l.item, l.quantity.toFixed(), l.supplier])).toEqual([[1, '2.5', 7]])
  })

  it('names every problem by its line and field', () => {
    const { lines, problems } = check([
      'x',
      { item: 2, quantity: 1 },
      { item: 9, quantity: 0, supplier: 8 },
      { item: 'a', quantity: 1, supplier: 'b' },
    ])
    expect(lines).toEqual([])
    expect(problems).toEqual([
      { message: 'must be { item, supplier, quantity }', path: 'lines[0]' },
      { message: 'OVEN is a resource, not bought', path: 'lines[1].item' },
      { message: 'choose the supplier to buy from', path: 'lines[1].supplier' },
      { message: 'no item with id 9', path: 'lines[2].item' },
      { message: 'no supplier with id 8', path: 'lines[2].supplier' },
      { message: 'must be greater than zero', path: 'lines[2].quantity' },
      { message: 'must be the id of an item', path: 'lines[3].item' },
      { message: 'must be the id of a supplier', path: 'lines[3].supplier' },
    ])
  })
})
