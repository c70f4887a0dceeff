import { describe, expect, it } from 'vitest'

import { decimal, zero } from '../../platform/rules/decimal'
import { postingBalances } from './postingBalances'

const plain = (rows: { onHand: { toFixed(): string }; reserved: { toFixed(): string } }[]) =>
  rows.map((row) => ({ ...row, onHand: row.onHand.toFixed(), reserved: row.reserved.toFixed() }))

describe('postingBalances', () => {
  it('starts from the loaded rows and from zero where none was loaded', () => {
    const book = postingBalances([
      { item: 1, location: 2, lot: 3, onHand: decimal(5), reserved: decimal(1) },
    ])
    expect(book.at(1, 2, 3).onHand.toFixed()).toBe('5')
    expect(book.at(1, 2, 3).reserved.toFixed()).toBe('1')
    expect(book.at(1, 2, 4).onHand.eq(zero)).toBe(true)
  })

  it('moves the balance and keeps the net change of each', () => {
    const book = postingBalances([
      { item: 1, location: 2, lot: 3, onHand: decimal(5), reserved: zero },
    ])
    book.shift(1, 2, 3, decimal(-2), zero)
    book.shift(1, 9, 3, decimal(2), zero)
    book.shift(1, 2, 3, zero, decimal(1))
    expect(book.at(1, 2, 3).onHand.toFixed()).toBe('3')
    expect(plain(book.changes())).toEqual([
      { item: 1, location: 2, lot: 3, onHand: '-2', reserved: '1' },
      { item: 1, location: 9, lot: 3, onHand: '2', reserved: '0' },
    ])
  })

  it('leaves out changes that cancel out and orders the rest by item, location and lot', () => {
    const book = postingBalances([])
    book.shift(2, 1, 1, decimal(1), zero)
    book.shift(1, 5, 1, decimal(1), zero)
    book.shift(1, 5, 1, decimal(-1), zero)
    book.shift(1, 2, 7, zero, decimal(3))
    expect(book.changes().map(({ item, location, lot }) => [item, location, lot])).toEqual([
      [1, 2, 7],
      [2, 1, 1],
    ])
  })
})
