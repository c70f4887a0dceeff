import { describe, expect, it } from 'vitest'

import { decimal } from '../../platform/rules/decimal'
import {
  A,
  F,
  FLOUR,
  L,
  P,
  S,
  SALT,
  SUGAR,
  W,
  deltasOf,
  fixtureLots,
  future,
  line,
  moves,
  plain,
  plan,
  row,
} from './planPosting.fixtures'

describe('planPosting: receipts and named lots', () => {
  it('plans a receipt into a named lot at the lot cost', () => {
    const result = plan([
      line({ from: S, lot: 101, quantity: decimal(5), reason: 'receipt', to: W }),
    ])
    expect(plain(result)).toEqual({
      deltas: [
        { item: FLOUR, location: W, lot: 101, onHand: '5', reserved: '0' },
        { item: FLOUR, location: S, lot: 101, onHand: '-5', reserved: '0' },
      ],
      movements: [
        {
          from: S,
          item: FLOUR,
          line: 0,
          lot: 101,
          part: 0,
          quantity: '5',
          reason: 'receipt',
          reverses: null,
          to: W,
          unitCost: '2',
        },
      ],
      ok: true,
    })
  })

  it('uses the line unit cost over the lot cost', () => {
    const result = plan([
      line({
        from: S,
        lot: 101,
        quantity: decimal(2),
        reason: 'receipt',
        to: W,
        unitCost: decimal('9.25'),
      }),
    ])
    expect(moves(result)).toEqual(['101 10→1 2 @9.25'])
  })

  it('never refuses stock leaving a virtual location', () => {
    const result = plan([
      line({ from: S, lot: 102, quantity: decimal('999999'), reason: 'receipt', to: W }),
      line({ from: A, lot: 103, quantity: decimal('0.5'), reason: 'adjustment', to: F }),
    ])
    expect(deltasOf(result)).toEqual([
      '1:1:102 999999/0',
      '1:2:103 0.5/0',
      '1:10:102 -999999/0',
      '1:13:103 -0.5/0',
    ])
  })

  it('takes a named lot only up to what it holds at the source', () => {
    const balances = [row(FLOUR, W, 101, 3), row(FLOUR, W, 102, 50)]
    expect(
      plain(
        plan(
          [line({ from: W, lot: 101, quantity: decimal(4), reason: 'transfer', to: F })],
          balances,
        ),
      ),
    ).toEqual({
      available: '3',
      code: 'insufficient_stock',
      item: FLOUR,
      line: 0,
      location: W,
      ok: false,
      required: '4',
    })
    expect(
      moves(
        plan(
          [line({ from: W, lot: 101, quantity: decimal(3), reason: 'transfer', to: F })],
          balances,
        ),
      ),
    ).toEqual(['101 1→2 3 @2'])
  })

  it('reports a named lot that is short or overdrawn by reservations as nothing available', () => {
    const result = plan(
      [line({ from: W, lot: 101, quantity: decimal(1), reason: 'loss_waste', to: L })],
      [row(FLOUR, W, 101, 2, 5)],
    )
    expect(plain(result)).toMatchObject({
      available: '0',
      code: 'insufficient_stock',
      required: '1',
    })
  })

  it('takes the lots a line names, in its order, one movement each', () => {
    const balances = [row(FLOUR, W, 101, 3), row(FLOUR, W, 102, 3), row(FLOUR, W, 105, 3)]
    const result = plan(
      [
        line({
          from: W,
          lots: [
            { lot: 105, quantity: decimal(2) },
            { lot: 101, quantity: decimal(1) },
          ],
          quantity: decimal(3),
          reason: 'consume',
          to: P,
        }),
      ],
      balances,
    )
    expect(moves(result)).toEqual(['105 1→11 2 @6', '101 1→11 1 @2'])
    expect(result.ok && result.movements.map((m) => m.part)).toEqual([0, 1])
  })

  it('refuses named lots that do not hold their share, reporting what those lots hold', () => {
    const balances = [row(FLOUR, W, 101, 3), row(FLOUR, W, 102, 1), row(FLOUR, W, 105, 100)]
    const result = plan(
      [
        line({
          from: W,
          lots: [
            { lot: 101, quantity: decimal(1) },
            { lot: 102, quantity: decimal(2) },
          ],
          quantity: decimal(3),
          reason: 'transfer',
          to: F,
        }),
      ],
      balances,
    )
    expect(plain(result)).toMatchObject({
      available: '4',
      code: 'insufficient_stock',
      required: '3',
    })
  })
})

describe('planPosting: picking by strategy', () => {
  const stock = [row(FLOUR, W, 101, 4), row(FLOUR, W, 102, 10), row(FLOUR, W, 105, 1)]

  it('FIFO takes the oldest lot first and splits across lots', () => {
    const result = plan(
      [line({ from: W, quantity: decimal(6), reason: 'consume', strategy: 'fifo', to: P })],
      stock,
    )
    expect(moves(result)).toEqual(['101 1→11 4 @2', '105 1→11 1 @6', '102 1→11 1 @3.5'])
    expect(deltasOf(result)).toEqual([
      '1:1:101 -4/0',
      '1:1:102 -1/0',
      '1:1:105 -1/0',
      '1:11:101 4/0',
      '1:11:102 1/0',
      '1:11:105 1/0',
    ])
    expect(result.ok && result.movements.map((m) => [m.line, m.part])).toEqual([
      [0, 0],
      [0, 1],
      [0, 2],
    ])
  })

  it('LIFO takes the newest lot first', () => {
    const result = plan(
      [line({ from: W, quantity: decimal(11), reason: 'consume', strategy: 'lifo', to: P })],
      stock,
    )
    expect(moves(result)).toEqual(['102 1→11 10 @3.5', '105 1→11 1 @6'])
  })

  it('defaults to FIFO', () => {
    const result = plan([line({ from: W, quantity: decimal(5), reason: 'transfer', to: F })], stock)
    expect(moves(result)).toEqual(['101 1→2 4 @2', '105 1→2 1 @6'])
  })

  it('skips blocked, expired and reserved stock', () => {
    const balances = [
      row(FLOUR, W, 101, 5, 5),
      row(FLOUR, W, 102, 3, 1),
      row(FLOUR, W, 103, 100),
      row(FLOUR, W, 104, 100),
    ]
    expect(
      moves(plan([line({ from: W, quantity: decimal(2), reason: 'consume', to: P })], balances)),
    ).toEqual(['102 1→11 2 @3.5'])
    expect(
      plain(plan([line({ from: W, quantity: decimal(3), reason: 'consume', to: P })], balances)),
    ).toEqual({
      available: '2',
      code: 'insufficient_stock',
      item: FLOUR,
      line: 0,
      location: W,
      ok: false,
      required: '3',
    })
  })

  it('reads expiry against the planning instant', () => {
    const balances = [row(FLOUR, W, 105, 2)]
    const take = [line({ from: W, quantity: decimal(1), reason: 'consume', to: P })]
    expect(moves(plan(take, balances))).toEqual(['105 1→11 1 @6'])
    expect(plan(take, balances, { at: future }).ok).toBe(false)
  })

  it('only takes the line item and the source location', () => {
    const balances = [row(SUGAR, W, 201, 50), row(FLOUR, F, 101, 50), row(FLOUR, W, 101, 1)]
    expect(
      plain(plan([line({ from: W, quantity: decimal(2), reason: 'consume', to: P })], balances)),
    ).toMatchObject({
      available: '1',
      code: 'insufficient_stock',
    })
  })

  it('refuses with nothing available when the item has no stock or no lots', () => {
    expect(
      plain(plan([line({ from: W, quantity: decimal(1), reason: 'consume', to: P })])),
    ).toMatchObject({
      available: '0',
      code: 'insufficient_stock',
    })
    expect(plain(plan([line({ from: W, item: SALT, reason: 'consume', to: P })]))).toMatchObject({
      available: '0',
      code: 'insufficient_stock',
      item: SALT,
    })
  })
})

describe('planPosting: lot status on consumption', () => {
  const balances = [row(FLOUR, W, 103, 10), row(FLOUR, W, 104, 10), row(FLOUR, W, 101, 10)]

  it.each([
    ['blocked', 103],
    ['expired', 104],
  ])('refuses to consume a named %s lot', (_, lot) => {
    expect(plain(plan([line({ from: W, lot, reason: 'consume', to: P })], balances))).toEqual({
      code: 'lot_unavailable',
      item: FLOUR,
      line: 0,
      location: W,
      lot,
      ok: false,
    })
  })

  it('names the unusable lot among named lots, even when negative stock is allowed', () => {
    const result = plan(
      [
        line({
          from: W,
          lots: [
            { lot: 101, quantity: decimal(1) },
            { lot: 103, quantity: decimal(1) },
          ],
          quantity: decimal(2),
          reason: 'consume',
          to: P,
        }),
      ],
      balances,
      { allowsNegative: () => true },
    )
    expect(plain(result)).toMatchObject({ code: 'lot_unavailable', lot: 103 })
  })

  it('lets blocked or expired stock be moved, written off or adjusted by name', () => {
    const result = plan(
      [
        line({ from: W, lot: 103, quantity: decimal(2), reason: 'transfer', to: F }),
        line({ from: W, lot: 104, quantity: decimal(3), reason: 'loss_waste', to: L }),
        line({ from: W, lot: 104, quantity: decimal(1), reason: 'adjustment', to: A }),
      ],
      balances,
    )
    expect(moves(result)).toEqual(['103 1→2 2 @4', '104 1→12 3 @5', '104 1→13 1 @5'])
  })
})

describe('planPosting: reservations', () => {
  it('reserves without moving stock', () => {
    const result = plan(
      [line({ from: W, quantity: decimal(3), reason: 'reserve', to: W })],
      [row(FLOUR, W, 101, 2), row(FLOUR, W, 102, 5)],
    )
    expect(moves(result)).toEqual(['101 1→1 2 @2', '102 1→1 1 @3.5'])
    expect(deltasOf(result)).toEqual(['1:1:101 0/2', '1:1:102 0/1'])
  })

  it('refuses to reserve more than is available', () => {
    const result = plan(
      [line({ from: W, lot: 101, quantity: decimal(3), reason: 'reserve', to: W })],
      [row(FLOUR, W, 101, 4, 2)],
    )
    expect(plain(result)).toMatchObject({
      available: '2',
      code: 'insufficient_stock',
      required: '3',
    })
  })

  it('releases what was reserved, and refuses to release more', () => {
    const balances = [row(FLOUR, W, 101, 4, 3)]
    const release = (quantity: number) =>
      plan(
        [line({ from: W, lot: 101, quantity: decimal(quantity), reason: 'release', to: W })],
        balances,
        {
          allowsNegative: () => true,
        },
      )
    expect(deltasOf(release(3))).toEqual(['1:1:101 0/-3'])
    expect(plain(release(4))).toEqual({
      available: '3',
      code: 'insufficient_reserved',
      item: FLOUR,
      line: 0,
      location: W,
      ok: false,
      required: '4',
    })
  })

  it('keeps reserved stock from later lines of the same posting', () => {
    const result = plan(
      [
        line({ from: W, lot: 101, quantity: decimal(4), reason: 'reserve', to: W }),
        line({ from: W, quantity: decimal(2), reason: 'consume', to: P }),
      ],
      [row(FLOUR, W, 101, 5)],
    )
    expect(plain(result)).toMatchObject({
      available: '1',
      code: 'insufficient_stock',
      line: 1,
      required: '2',
    })
  })
})

describe('planPosting: several lines, reversals', () => {
  it('carries each line into the next and merges deltas, sorted by item, location, lot', () => {
    const result = plan(
      [
        line({ from: S, item: SUGAR, lot: 202, quantity: decimal(2), reason: 'receipt', to: W }),
        line({ from: S, lot: 101, quantity: decimal(5), reason: 'receipt', to: W }),
        line({ from: W, quantity: decimal(3), reason: 'transfer', to: F }),
        line({ from: F, quantity: decimal(1), reason: 'consume', to: P }),
      ],
      [],
    )
    expect(deltasOf(result)).toEqual([
      '1:1:101 2/0',
      '1:2:101 2/0',
      '1:10:101 -5/0',
      '1:11:101 1/0',
      '2:1:202 2/0',
      '2:10:202 -2/0',
    ])
    expect(result.ok && result.movements.map((m) => m.line)).toEqual([0, 1, 2, 3])
  })

  it('names the refused line, and reports what was available when it began', () => {
    const result = plan(
      [
        line({ from: W, quantity: decimal(6), reason: 'consume', to: P }),
        line({ from: W, item: SUGAR, quantity: decimal(1), reason: 'transfer', to: F }),
        line({ from: W, quantity: decimal(5), reason: 'transfer', to: F }),
      ],
      [row(FLOUR, W, 101, 10), row(SUGAR, W, 201, 1)],
    )
    expect(plain(result)).toEqual({
      available: '4',
      code: 'insufficient_stock',
      item: FLOUR,
      line: 2,
      location: W,
      ok: false,
      required: '5',
    })
  })

  it('leaves the balances it was given untouched, refused or not', () => {
    const balances = [row(FLOUR, W, 101, 10, 1)]
    const copy = JSON.stringify(balances)
    plan([line({ from: W, quantity: decimal(6), reason: 'consume', to: P })], balances)
    plan([line({ from: W, quantity: decimal(60), reason: 'consume', to: P })], balances)
    expect(JSON.stringify(balances)).toBe(copy)
  })

  it('plans a reversal at the cost it undoes and records what it reverses', () => {
    const result = plan(
      [
        line({
          from: P,
          lot: 101,
          quantity: decimal(2),
          reason: 'reverse',
          reverses: 41,
          to: W,
          unitCost: decimal('2.123456'),
        }),
      ],
      [row(FLOUR, P, 101, 2)],
    )
    expect(plain(result)).toMatchObject({
      movements: [{ lot: 101, reason: 'reverse', reverses: 41, unitCost: '2.123456' }],
      ok: true,
    })
  })

  it('refuses to reverse a receipt whose stock has gone', () => {
    const result = plan(
      [line({ from: W, lot: 101, quantity: decimal(5), reason: 'reverse', reverses: 1, to: S })],
      [row(FLOUR, W, 101, 2), row(FLOUR, S, 101, -5), row(FLOUR, P, 101, 3)],
    )
    expect(plain(result)).toMatchObject({ available: '2', code: 'insufficient_stock', location: W })
  })

  it('drops deltas that cancel out within a posting', () => {
    const result = plan([
      line({ from: S, lot: 101, quantity: decimal(5), reason: 'receipt', to: W }),
      line({ from: W, lot: 101, quantity: decimal(5), reason: 'reverse', reverses: 1, to: S }),
    ])
    expect(deltasOf(result)).toEqual([])
    expect(moves(result)).toHaveLength(2)
  })
})

describe('planPosting: negative stock allowed', () => {
  const allow = { allowsNegative: (item: number) => item === FLOUR }

  it('asks the policy per item and only guards physical sources', () => {
    const asked: number[] = []
    plan(
      [
        line({ from: S, lot: 101, reason: 'receipt', to: W }),
        line({ from: W, item: SUGAR, lot: 201, reason: 'transfer', to: F }),
      ],
      [row(SUGAR, W, 201, 5)],
      { allowsNegative: (item) => (asked.push(item), false) },
    )
    expect(asked).toEqual([SUGAR])
  })

  it('takes a named lot below zero', () => {
    const result = plan(
      [line({ from: W, lot: 101, quantity: decimal(3), reason: 'transfer', to: F })],
      [],
      allow,
    )
    expect(deltasOf(result)).toEqual(['1:1:101 -3/0', '1:2:101 3/0'])
  })

  it('still refuses an item whose own policy refuses, in the same posting', () => {
    const result = plan(
      [
        line({ from: W, quantity: decimal(3), reason: 'consume', to: P }),
        line({ from: W, item: SUGAR, quantity: decimal(3), reason: 'consume', to: P }),
      ],
      [],
      allow,
    )
    expect(plain(result)).toMatchObject({ code: 'insufficient_stock', item: SUGAR, line: 1 })
  })

  it('FIFO takes what the lots hold, the rest from the newest usable lot', () => {
    const balances = [row(FLOUR, W, 101, 4), row(FLOUR, W, 102, 3), row(FLOUR, W, 103, 50)]
    const result = plan(
      [line({ from: W, quantity: decimal(10), reason: 'consume', strategy: 'fifo', to: P })],
      balances,
      allow,
    )
    expect(moves(result)).toEqual(['101 1→11 4 @2', '102 1→11 6 @3.5'])
  })

  it('LIFO takes what the lots hold, the rest from the oldest usable lot', () => {
    const balances = [row(FLOUR, W, 101, 4), row(FLOUR, W, 102, 3), row(FLOUR, W, 104, 50)]
    const result = plan(
      [line({ from: W, quantity: decimal(10), reason: 'consume', strategy: 'lifo', to: P })],
      balances,
      allow,
    )
    expect(moves(result)).toEqual(['102 1→11 3 @3.5', '101 1→11 7 @2'])
  })

  it('with no stock at all, draws the whole line from the lot the strategy reaches last', () => {
    expect(
      moves(plan([line({ from: W, quantity: decimal(2), reason: 'consume', to: P })], [], allow)),
    ).toEqual(['102 1→11 2 @3.5'])
    expect(
      moves(
        plan(
          [line({ from: W, quantity: decimal(2), reason: 'consume', strategy: 'lifo', to: P })],
          [],
          allow,
        ),
      ),
    ).toEqual(['101 1→11 2 @2'])
  })

  it('never draws on a blocked or expired lot, and says so when no other lot exists', () => {
    const lots = new Map([
      [103, fixtureLots.get(103)!],
      [104, fixtureLots.get(104)!],
    ])
    const result = plan(
      [line({ from: W, quantity: decimal(2), reason: 'consume', to: P })],
      [row(FLOUR, W, 103, 9)],
      {
        ...allow,
        lots,
      },
    )
    expect(plain(result)).toEqual({ code: 'no_lot', item: FLOUR, line: 0, location: W, ok: false })
  })

  it('says there is no lot when the item has none', () => {
    const result = plan([line({ from: W, item: SALT, reason: 'consume', to: P })], [], {
      allowsNegative: () => true,
    })
    expect(plain(result)).toEqual({ code: 'no_lot', item: SALT, line: 0, location: W, ok: false })
  })

  it('allows reserving beyond what is on hand', () => {
    const result = plan(
      [line({ from: W, lot: 101, quantity: decimal(3), reason: 'reserve', to: W })],
      [],
      allow,
    )
    expect(deltasOf(result)).toEqual(['1:1:101 0/3'])
  })
})

// ---------------------------------------------------------------------------------------------
// Property tests on an in-memory ledger
