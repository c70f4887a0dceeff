import Big from 'big.js'
import { describe, expect, it } from 'vitest'

import type { LotCandidate } from '../../ledger/rules/lotPicking'
import { type PickListLine, pickListRows } from './pickListRows'

const d = (n: number) => new Big(n)
const now = new Date('2026-12-01T00:00:00Z')
const lot = (id: number, available: number, day: number, extra: Partial<LotCandidate> = {}) => ({
  available: d(available),
  disposition: 'available' as const,
  expiresAt: null,
  lot: id,
  receivedAt: new Date(`2026-11-${String(day).padStart(2, '0')}T00:00:00Z`),
  ...extra,
})
const line = (open: number, extra: Partial<PickListLine> = {}): PickListLine => ({
  item: 1,
  key: '5:1',
  open: d(open),
  picked: [],
  strategy: 'fifo',
  ...extra,
})
const shown = (rows: ReturnType<typeof pickListRows>) =>
  rows.map((r) => r.map((row) => `${row.status} ${row.lot ?? '-'} ${row.quantity.toFixed()}`))

describe('pickListRows', () => {
  const stock = new Map([['5:1', [lot(11, 4, 3), lot(10, 5, 1), lot(12, 9, 5)]]])

  it('takes the oldest lots first for what is open, after the lots already picked', () => {
    expect(
      shown(pickListRows([line(7, { picked: [{ lot: 12, quantity: d(3) }] })], stock, now)),
    ).toEqual([['picked 12 3', 'to_pick 10 5', 'to_pick 11 2']])
  })

  it('takes the newest first for a LIFO item', () => {
    expect(shown(pickListRows([line(10, { strategy: 'lifo' })], stock, now))).toEqual([
      ['to_pick 12 9', 'to_pick 11 1'],
    ])
  })

  it('shares the store between lines, and says what no lot covers', () => {
    expect(shown(pickListRows([line(8), line(12)], stock, now))).toEqual([
      ['to_pick 10 5', 'to_pick 11 3'],
      ['to_pick 11 1', 'to_pick 12 9', 'short - 2'],
    ])
  })

  it('skips blocked and expired lots, and a store without stock is all short', () => {
    const held = new Map([
      [
        '5:1',
        [
          lot(10, 5, 1, { disposition: 'blocked' }),
          lot(11, 4, 2, { expiresAt: new Date('2026-11-30T00:00:00Z') }),
          lot(12, 2, 3),
        ],
      ],
    ])
    expect(shown(pickListRows([line(3), line(1, { key: '6:1' })], held, now))).toEqual([
      ['to_pick 12 2', 'short - 1'],
      ['short - 1'],
    ])
  })

  it('lists nothing to pick for a line picked in full', () => {
    expect(shown(pickListRows([line(0)], stock, now))).toEqual([[]])
  })
})
