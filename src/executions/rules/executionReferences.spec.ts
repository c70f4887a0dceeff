import { describe, expect, it } from 'vitest'

import { resolveDrafts, resolveReference } from './executionReferences'

const products = [
  { id: 1, name: 'Bread', sku: 'BR-1' },
  { id: 2, name: 'Cake', sku: 'CK-1' },
  { id: 3, name: 'Cake', sku: 'CK-2' },
]
const floors = [
  { id: 10, name: 'Hall' },
  { id: 11, name: 'Annex' },
  { id: 12, name: 'Annex' },
]

describe('resolveReference', () => {
  it('finds by id, then by SKU, then by a name only one holds', () => {
    expect(resolveReference(2, products)).toEqual(products[1])
    expect(resolveReference('CK-2', products)).toEqual(products[2])
    expect(resolveReference('Bread', products)).toEqual(products[0])
  })

  it('calls a name two share ambiguous, and finds nothing for an unknown one', () => {
    expect(resolveReference('Cake', products)).toBe('ambiguous')
    expect(resolveReference('Pie', products)).toBeUndefined()
    expect(resolveReference(99, products)).toBeUndefined()
  })
})

describe('resolveDrafts', () => {
  const at = (n: number) => (field: string) => `rows[${n}].${field}`
  const draft = (product: number | string, productionFloor: number | string) => ({
    lotLabel: 'L',
    plannedQuantity: '2.5',
    product,
    productDescription: 'd',
    productionDate: '2026-03-04',
    productionFloor,
  })

  it('gives each resolved draft its execution’s data', () => {
    const { problems, resolved } = resolveDrafts(
      [{ at: at(0), draft: draft('BR-1', 'Hall') }],
      products,
      floors,
    )
    expect(problems).toEqual([])
    expect(resolved.map((r) => r.data)).toEqual([
      {
        lotLabel: 'L',
        plannedQuantity: 2.5,
        product: 1,
        productDescription: 'd',
        productionDate: expect.stringMatching(/^2026-03-04T/),
        productionFloor: 10,
      },
    ])
  })

  it('gives production created done its planned quantity as produced, unless the row says', () => {
    const rows = [
      { at: at(0), draft: draft('BR-1', 'Hall') },
      { at: at(1), draft: { ...draft('BR-1', 'Hall'), producedQuantity: '1.5' } },
    ]
    const produced = (startsDone: boolean) =>
      resolveDrafts(rows, products, floors, startsDone).resolved.map((r) => r.data.producedQuantity)
    expect(produced(true)).toEqual([2.5, 1.5])
    expect(produced(false)).toEqual([undefined, 1.5])
  })

  it('names each unresolved reference at its row, product before floor', () => {
    const { problems, resolved } = resolveDrafts(
      [
        { at: at(0), draft: draft('Cake', 'Annex') },
        { at: at(1), draft: draft('Pie', 'Cellar') },
        { at: at(2), draft: draft(2, 11) },
      ],
      products,
      floors,
    )
    expect(problems).toEqual([
      { message: 'Cake names several products; use the SKU', path: 'rows[0].product' },
      { message: 'Annex names several floors', path: 'rows[0].productionFloor' },
      { message: 'no product Pie', path: 'rows[1].product' },
      { message: 'no production floor Cellar', path: 'rows[1].productionFloor' },
    ])
    expect(resolved.map((r) => [r.data.product, r.data.productionFloor])).toEqual([[2, 11]])
  })
})
