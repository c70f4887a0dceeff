import Big from 'big.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { type Decimal, sum, zero } from '../../platform/rules/decimal'
import {
  type Coverage,
  type DocumentNeeds,
  floorKey,
  locationShortages,
  type ShortageStock,
} from './locationShortages'

const d = (value: number | string) => new Big(value)
const map = <K>(entries: [K, number | string][]) =>
  new Map(entries.map(([key, value]) => [key, d(value)]))

const shown = (c: Coverage) => [
  c.needed.toFixed(),
  c.onFloor.toFixed(),
  c.issuable.toFixed(),
  c.incoming.toFixed(),
  c.short.toFixed(),
]

describe('locationShortages', () => {
  // Plastic (1) and paint (2). Floor A (10) holds 6 plastic free and 4 reserved by EX-1; floor B
  // (20) holds 1 paint; the warehouses can issue 5 plastic and 2 paint; 3 plastic are on order.
  const stock: ShortageStock = {
    floor: map([
      [floorKey(1, 10), 6],
      [floorKey(2, 20), 1],
    ]),
    incoming: map([[1, 3]]),
    warehouses: map([
      [1, 5],
      [2, 2],
    ]),
  }
  const ex1: DocumentNeeds = {
    held: map([[1, 4]]),
    key: 'executions/1',
    location: 10,
    required: map([
      [1, 12],
      [2, 2],
    ]),
  }
  const ex2: DocumentNeeds = {
    held: new Map(),
    key: 'executions/2',
    location: 10,
    required: map([[1, 8]]),
  }
  const mo: DocumentNeeds = {
    held: new Map(),
    key: 'manufacturing-orders/3',
    location: 20,
    required: map([
      [1, 2],
      [2, 4],
    ]),
  }

  it('sets each need against its own floor, then the warehouses, then what is on order', () => {
    const result = locationShortages([ex1, ex2, mo], stock)
    // EX-1 plastic: 4 held + 6 free on floor A; 2 from the warehouses. EX-2: floor A is used
    // up, the warehouses' last 3, the 3 on order, 2 short. The order on floor B: no plastic
    // there, none left anywhere: 2 short.
    expect(result.documents.map((row) => [row.document, row.item, ...shown(row)])).toEqual([
      ['executions/1', 1, '12', '10', '2', '0', '0'],
      ['executions/1', 2, '2', '0', '2', '0', '0'],
      ['executions/2', 1, '8', '0', '3', '3', '2'],
      ['manufacturing-orders/3', 1, '2', '0', '0', '0', '2'],
      ['manufacturing-orders/3', 2, '4', '1', '0', '0', '3'],
    ])
    expect(result.items.map((row) => [row.item, ...shown(row)])).toEqual([
      [1, '22', '10', '5', '3', '4'],
      [2, '6', '1', '2', '0', '3'],
    ])
  })

  it('does not lend one floor’s stock to another floor', () => {
    const result = locationShortages([{ ...ex2, location: 30 }], stock)
    expect(result.items.map((row) => shown(row))).toEqual([['8', '0', '5', '3', '0']])
  })

  it('counts only what a document needs, not the rest of what it holds', () => {
    const result = locationShortages(
      [{ held: map([[1, 9]]), key: 'x', location: 10, required: map([[1, 2]]) }],
      stock,
    )
    expect(result.items.map((row) => shown(row))).toEqual([['2', '2', '0', '0', '0']])
  })

  it('reads stock below zero as none and leaves needs of nothing out', () => {
    const result = locationShortages(
      [
        {
          held: new Map(),
          key: 'x',
          location: 10,
          required: map([
            [1, 3],
            [2, 0],
          ]),
        },
      ],
      { floor: map([[floorKey(1, 10), -4]]), incoming: new Map(), warehouses: map([[1, -1]]) },
    )
    expect(result.items.map((row) => [row.item, ...shown(row)])).toEqual([
      [1, '3', '0', '0', '0', '3'],
    ])
  })
})

/** A decimal with up to 3 places. */
const amount = (max: number) => fc.integer({ max: max * 1000, min: 0 }).map((n) => d(n).div(1000))
const items = [1, 2, 3]
const locations = [10, 20]

const documentArb = fc.record({
  held: fc.array(fc.tuple(fc.constantFrom(...items), amount(20)), { maxLength: 3 }),
  location: fc.constantFrom(...locations),
  required: fc.array(fc.tuple(fc.constantFrom(...items), amount(50)), { maxLength: 3 }),
})
const stockArb = fc.record({
  floor: fc.array(fc.tuple(fc.constantFrom(...items), fc.constantFrom(...locations), amount(40)), {
    maxLength: 6,
  }),
  incoming: fc.array(fc.tuple(fc.constantFrom(...items), amount(40)), { maxLength: 3 }),
  warehouses: fc.array(fc.tuple(fc.constantFrom(...items), amount(40)), { maxLength: 3 }),
})

type Pairs = [number, Decimal][]
const asDocuments = (docs: { held: Pairs; location: number; required: Pairs }[]): DocumentNeeds[] =>
  docs.map((doc, index) => ({
    held: new Map(doc.held),
    key: `doc/${index}`,
    location: doc.location,
    required: new Map(doc.required),
  }))
const asStock = (s: {
  floor: [number, number, Decimal][]
  incoming: Pairs
  warehouses: Pairs
}): ShortageStock => ({
  floor: new Map(s.floor.map(([item, location, q]) => [floorKey(item, location), q])),
  incoming: new Map(s.incoming),
  warehouses: new Map(s.warehouses),
})
const get = <K>(m: ReadonlyMap<K, Decimal>, k: K) => m.get(k) ?? zero
const min = (a: Decimal, b: Decimal) => (a.lt(b) ? a : b)
const pos = (a: Decimal) => (a.gt(0) ? a : zero)

describe('locationShortages, property', () => {
  it('covers each need exactly once, never hands out more than a pool holds, and its shortage is what no pool covers, whatever the documents’ order', () => {
    fc.assert(
      fc.property(
        fc.array(documentArb, { maxLength: 5 }),
        stockArb,
        fc.boolean(),
        (raw, s, rev) => {
          const documents = asDocuments(raw)
          const stock = asStock(s)
          const result = locationShortages(rev ? [...documents].reverse() : documents, stock)
          for (const row of [...result.documents, ...result.items]) {
            for (const figure of shown(row)) expect(d(figure).gte(0)).toBe(true)
            expect(
              row.needed.eq(row.onFloor.plus(row.issuable).plus(row.incoming).plus(row.short)),
            ).toBe(true)
          }
          for (const item of items) {
            const rows = result.documents.filter((row) => row.item === item)
            expect(sum(rows.map((r) => r.issuable)).lte(get(stock.warehouses, item))).toBe(true)
            expect(sum(rows.map((r) => r.incoming)).lte(get(stock.incoming, item))).toBe(true)
            // What each floor lends, beyond the documents' own reservations, is what it holds at most.
            let beyondFloors = zero
            for (const location of locations) {
              const there = documents.filter((doc) => doc.location === location)
              const beyondHeld = sum(
                there.map((doc) =>
                  pos(
                    get(doc.required, item).minus(
                      min(get(doc.required, item), get(doc.held, item)),
                    ),
                  ),
                ),
              )
              const free = get(stock.floor, floorKey(item, location))
              const fromFloor = sum(
                rows.filter((r) => r.location === location).map((r) => r.onFloor),
              ).minus(sum(there.map((doc) => min(get(doc.required, item), get(doc.held, item)))))
              expect(fromFloor.eq(min(beyondHeld, free))).toBe(true)
              beyondFloors = beyondFloors.plus(pos(beyondHeld.minus(free)))
            }
            const short = pos(
              beyondFloors.minus(get(stock.warehouses, item)).minus(get(stock.incoming, item)),
            )
            const total = result.items.find((row) => row.item === item)?.short ?? zero
            expect(total.eq(short)).toBe(true)
          }
        },
      ),
    )
  })
})
