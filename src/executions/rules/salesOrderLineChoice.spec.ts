import { describe, expect, it } from 'vitest'

import { type SalesOrderLineChoice, salesOrderLineProblem } from './salesOrderLineChoice'

const choice = (change: Partial<SalesOrderLineChoice>): SalesOrderLineChoice => ({
  lines: [
    { id: 'a1', item: 7 },
    { id: 'b2', item: 8 },
  ],
  number: 'SO-000001',
  product: 7,
  salesOrder: 1,
  salesOrderLine: 'a1',
  ...change,
})

describe('salesOrderLineProblem', () => {
  it('accepts no order at all, and an order with its own line of the product', () => {
    expect(salesOrderLineProblem(choice({ salesOrder: null, salesOrderLine: null }))).toBeNull()
    expect(salesOrderLineProblem(choice({}))).toBeNull()
  })

  it('refuses an order without its line, and a line without its order', () => {
    expect(salesOrderLineProblem(choice({ salesOrderLine: null }))).toEqual({
      field: 'salesOrderLine',
      message: 'choose the line of SO-000001 this execution makes',
    })
    expect(salesOrderLineProblem(choice({ salesOrder: null }))).toEqual({
      field: 'salesOrder',
      message: 'choose the sales order that salesOrderLine belongs to',
    })
  })

  it('refuses an unknown order, a line of another order and a line of another item', () => {
    expect(salesOrderLineProblem(choice({ lines: null, salesOrder: 9 }))?.message).toBe(
      'no sales order with id 9',
    )
    expect(salesOrderLineProblem(choice({ salesOrderLine: 'zz' }))).toEqual({
      field: 'salesOrderLine',
      message: 'SO-000001 has no line zz',
    })
    expect(salesOrderLineProblem(choice({ salesOrderLine: 'b2' }))?.field).toBe('salesOrderLine')
  })
})
