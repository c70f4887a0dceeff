import Big from 'big.js'
import { describe, expect, it } from 'vitest'

import { type SubAssemblyProduct, subAssemblyOrders } from './subAssemblyOrders'

const d = (value: number | string) => new Big(value)
const product = (available: number | string, mode: 'batch' | 'discrete' = 'discrete') =>
  ({ available: d(available), batchOutput: d(20), mode }) satisfies SubAssemblyProduct
const plain = (orders: ReturnType<typeof subAssemblyOrders>) =>
  orders.map((o) => ({
    product: o.product,
    shortage: o.shortage.toFixed(),
    size: o.size.mode === 'batch' ? o.size : { ...o.size, quantity: o.size.quantity.toFixed() },
  }))

describe('subAssemblyOrders', () => {
  it('orders what the need exceeds the stock available, in discrete units', () => {
    const orders = subAssemblyOrders(new Map([[1, d(8)]]), new Map([[1, product('2.5')]]))
    expect(plain(orders)).toEqual([
      { product: 1, shortage: '5.5', size: { mode: 'discrete', quantity: '5.5' } },
    ])
  })

  it('orders whole batches that cover the shortage of a batch product', () => {
    const orders = subAssemblyOrders(new Map([[2, d(50)]]), new Map([[2, product(5, 'batch')]]))
    expect(plain(orders)).toEqual([
      { product: 2, shortage: '45', size: { batches: 3, mode: 'batch' } },
    ])
  })

  it('orders nothing for what the stock covers or what has no recipe', () => {
    const needs = new Map([
      [1, d(4)],
      [2, d(9)],
    ])
    expect(subAssemblyOrders(needs, new Map([[1, product(4)]]))).toEqual([])
  })

  it('counts negative available stock as more to make', () => {
    const orders = subAssemblyOrders(new Map([[1, d(2)]]), new Map([[1, product(-3)]]))
    expect(orders[0]!.shortage.toFixed()).toBe('5')
  })
})
