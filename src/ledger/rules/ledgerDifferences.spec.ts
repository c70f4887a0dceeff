import { describe, expect, it } from 'vitest'

import { describeDifference, ledgerDifferences } from './ledgerDifferences'

// Locations 1 and 2 are physical; 9 is the virtual supplier.
const isPhysical = (location: number) => location !== 9
const consistent = {
  balances: [
    { available: '7', item: 1, location: 1, lot: 10, onHand: '10', reserved: '3' },
    { available: '0.3', item: 1, location: 2, lot: 10, onHand: '0.3', reserved: '0' },
    { available: '-10.3', item: 1, location: 9, lot: 10, onHand: '-10.3', reserved: '0' },
  ],
  isPhysical,
  items: [
    { available: '7.3', id: 1, onHand: '10.3' },
    { available: null, id: 2, onHand: null },
  ],
  movements: [
    { item: 1, location: 1, lot: 10, onHand: '10', reserved: '3' },
    { item: 1, location: 2, lot: 10, onHand: '0.3', reserved: '0' },
    { item: 1, location: 9, lot: 10, onHand: '-10.3', reserved: '0' },
  ],
}

/** The balance row of item 1 in lot 10 at location 1 holding 999 where its movements make 10. */
const onHandOf999 = {
  actual: '999',
  expected: '10',
  field: 'onHand',
  item: 1,
  kind: 'balance',
  location: 1,
  lot: 10,
} as const

describe('ledgerDifferences', () => {
  it('reports nothing for a consistent ledger, compared exactly (0.1 + 0.2 is 0.3)', () => {
    expect(ledgerDifferences(consistent)).toEqual([])
    const split = {
      ...consistent,
      movements: [
        ...consistent.movements.filter((m) => m.location !== 2),
        { item: 1, location: 2, lot: 10, onHand: '0.30', reserved: '0.000' },
      ],
    }
    expect(ledgerDifferences(split)).toEqual([])
  })

  it('reports a tampered on hand, the double entry it breaks and the item total', () => {
    const balances = consistent.balances.map((b) =>
      b.location === 1 ? { ...b, available: '996', onHand: '999' } : b,
    )
    expect(ledgerDifferences({ ...consistent, balances })).toEqual([
      onHandOf999,
      { item: 1, kind: 'double_entry', total: '989' },
      { actual: '10.3', expected: '999.3', field: 'onHand', item: 1, kind: 'item_total' },
      { actual: '7.3', expected: '996.3', field: 'available', item: 1, kind: 'item_total' },
    ])
  })

  it('reports reserved that no reserve movement explains, and available that is not on hand − reserved', () => {
    const balances = consistent.balances.map((b) =>
      b.location === 1
        ? { ...b, available: '5', reserved: '5' }
        : b.location === 2
          ? { ...b, available: '1' }
          : b,
    )
    const items = [{ available: '6', id: 1, onHand: '10.3' }, consistent.items[1]!]
    expect(ledgerDifferences({ ...consistent, balances, items })).toEqual([
      {
        actual: '5',
        expected: '3',
        field: 'reserved',
        item: 1,
        kind: 'balance',
        location: 1,
        lot: 10,
      },
      {
        actual: '1',
        expected: '0.3',
        field: 'available',
        item: 1,
        kind: 'balance',
        location: 2,
        lot: 10,
      },
    ])
  })

  it('reports a balance row the movements do not have, and movements without a balance row', () => {
    const balances = [
      ...consistent.balances.filter((b) => b.location !== 2),
      { available: '4', item: 2, location: 1, lot: 11, onHand: '4', reserved: '0' },
    ]
    const differences = ledgerDifferences({ ...consistent, balances })
    expect(differences).toContainEqual({
      actual: '0',
      expected: '0.3',
      field: 'onHand',
      item: 1,
      kind: 'balance',
      location: 2,
      lot: 10,
    })
    expect(differences).toContainEqual({
      actual: '4',
      expected: '0',
      field: 'onHand',
      item: 2,
      kind: 'balance',
      location: 1,
      lot: 11,
    })
    expect(differences).toContainEqual({ item: 2, kind: 'double_entry', total: '4' })
  })

  it('describes a difference by name', () => {
    const names = {
      item: (id: number) => `SKU-${id}`,
      location: (id: number) => `Warehouse ${id}`,
      lot: (id: number) => `L${id}`,
    }
    expect(describeDifference(onHandOf999, names)).toBe(
      'SKU-1 at Warehouse 1, lot L10: on hand is 999, the movements say 10',
    )
    expect(describeDifference({ item: 1, kind: 'double_entry', total: '4' }, names)).toBe(
      'SKU-1: balances over all locations add up to 4, not 0',
    )
  })
})
