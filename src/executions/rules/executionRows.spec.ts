import { describe, expect, it } from 'vitest'

import { readExecutionRow, rowOfCsvRecord, unknownColumns } from './executionRows'

describe('readExecutionRow', () => {
  it('reads a good row, trimming text and keeping references as given', () => {
    expect(
      readExecutionRow({
        lotLabel: ' L1 ',
        plannedQuantity: '2.5',
        product: 'TOY-1',
        productionDate: '2026-11-24',
        productionFloor: 7,
      }),
    ).toEqual({
      draft: {
        lotLabel: 'L1',
        plannedQuantity: '2.5',
        product: 'TOY-1',
        productDescription: undefined,
        productionDate: '2026-11-24',
        productionFloor: 7,
      },
      problems: [],
    })
  })

  it('lists every problem of a row', () => {
    expect(readExecutionRow({ plannedQuantity: '0', productionDate: 'soon' }).problems).toEqual([
      { field: 'product', message: 'is required' },
      { field: 'productionFloor', message: 'is required' },
      { field: 'plannedQuantity', message: 'must be greater than zero' },
      { field: 'productionDate', message: 'must be a day as YYYY-MM-DD' },
    ])
  })

  it('reads a produced quantity when given, refusing one that is not positive', () => {
    const good = {
      plannedQuantity: 2,
      product: 1,
      productionDate: '2026-11-24',
      productionFloor: 2,
    }
    expect(readExecutionRow({ ...good, producedQuantity: '1.5' }).draft?.producedQuantity).toBe(
      '1.5',
    )
    expect(readExecutionRow({ ...good, producedQuantity: '' }).draft?.producedQuantity).toBe(
      undefined,
    )
    expect(readExecutionRow({ ...good, producedQuantity: 0 }).problems).toEqual([
      { field: 'producedQuantity', message: 'must be greater than zero' },
    ])
  })

  it('refuses a reference that is neither an id nor a name, rather than dropping the row', () => {
    const good = { plannedQuantity: 1, productionDate: '2026-11-24', productionFloor: 2 }
    for (const product of [true, {}, [], 1.5, -3]) {
      const { draft, problems } = readExecutionRow({ ...good, product })
      expect(draft, JSON.stringify(product)).toBeUndefined()
      expect(problems).toContainEqual({
        field: 'product',
        message: 'must be the id, SKU or name of a product',
      })
    }
    expect(readExecutionRow({ ...good, lotLabel: 7, product: 1 }).problems).toEqual([
      { field: 'lotLabel', message: 'must be text' },
    ])
  })
})

describe('CSV columns', () => {
  it("maps the export's headers to fields, case-blind, and names unknown ones", () => {
    expect(
      rowOfCsvRecord({
        'planned quantity': '3',
        'Produced Quantity': '',
        Product: 'TOY',
        Code: 'EX-1',
      }),
    ).toEqual({
      plannedQuantity: '3',
      producedQuantity: '',
      product: 'TOY',
    })
    expect(unknownColumns(['Product', 'Code', 'Status', 'Qty', ''])).toEqual(['Qty'])
  })
})
