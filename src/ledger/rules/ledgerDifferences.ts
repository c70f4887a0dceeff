import { type Decimal, decimal, zero } from '../../platform/rules/decimal'

/** What the movements add up to at one item × location × lot. */
export type MovementTotal = {
  item: number
  location: number
  lot: number
  onHand: string
  reserved: string
}

/** A stored balance row. */
export type StoredBalance = MovementTotal & { available: string }

/** An item's stored totals over its physical locations. */
export type StoredItem = { available: null | string; id: number; onHand: null | string }

export type LedgerDifference =
  | {
      /** The balance row disagrees with the sum of its movements (or is missing, or extra). */
      actual: string
      expected: string
      field: 'available' | 'onHand' | 'reserved'
      item: number
      kind: 'balance'
      location: number
      lot: number
    }
  | {
      /** Double entry: an item's balances over every location do not add up to zero. */
      item: number
      kind: 'double_entry'
      total: string
    }
  | {
      /** The item's on hand / available disagrees with its balances at physical locations. */
      actual: string
      expected: string
      field: 'available' | 'onHand'
      item: number
      kind: 'item_total'
    }

const keyOf = (row: { item: number; location: number; lot: number }) =>
  `${row.item}/${row.location}/${row.lot}`

const orZero = (value: null | string | undefined): Decimal => decimal(value ?? 0)

/**
 * Every way the stored balances disagree with the movements: each balance's on hand and reserved
 * against the movements' sum (a reservation is a reserve movement, a release its undoing), its
 * available against on hand − reserved, double entry per item over all locations, and each
 * item's totals against its physical balances. Empty when the ledger is consistent.
 */
export function ledgerDifferences(input: {
  balances: StoredBalance[]
  isPhysical: (location: number) => boolean
  items: StoredItem[]
  movements: MovementTotal[]
}): LedgerDifference[] {
  const perItem = itemTotals(input.balances, input.isPhysical)
  return [
    ...balanceDifferences(input.balances, input.movements),
    ...doubleEntryDifferences(perItem),
    ...itemTotalDifferences(input.items, perItem),
  ]
}

type ItemTotal = { all: Decimal; available: Decimal; onHand: Decimal }

/** Each balance against the movements' sum, and its available against on hand − reserved. */
function balanceDifferences(
  balances: StoredBalance[],
  movements: MovementTotal[],
): LedgerDifference[] {
  const differences: LedgerDifference[] = []
  const stored = new Map(balances.map((b) => [keyOf(b), b]))
  const derived = new Map(movements.map((m) => [keyOf(m), m]))
  const keys = [...new Set([...stored.keys(), ...derived.keys()])]
  const rows = keys
    .map((key) => {
      const row = (stored.get(key) ?? derived.get(key))!
      return { item: row.item, key, location: row.location, lot: row.lot }
    })
    .sort((a, b) => a.item - b.item || a.location - b.location || a.lot - b.lot)
  for (const { item, key, location, lot } of rows) {
    const balance = stored.get(key)
    const movement = derived.get(key)
    const expected = { onHand: orZero(movement?.onHand), reserved: orZero(movement?.reserved) }
    const actual = {
      available: orZero(balance?.available),
      onHand: orZero(balance?.onHand),
      reserved: orZero(balance?.reserved),
    }
    const differ = (field: 'available' | 'onHand' | 'reserved', want: Decimal, have: Decimal) => {
      if (!want.eq(have))
        differences.push({
          actual: have.toFixed(),
          expected: want.toFixed(),
          field,
          item,
          kind: 'balance',
          location,
          lot,
        })
    }
    differ('onHand', expected.onHand, actual.onHand)
    differ('reserved', expected.reserved, actual.reserved)
    differ('available', actual.onHand.minus(actual.reserved), actual.available)
  }
  return differences
}

/** Per item: on hand over all locations (zero by double entry), and over physical ones. */
function itemTotals(balances: StoredBalance[], isPhysical: (location: number) => boolean) {
  const perItem = new Map<number, ItemTotal>()
  for (const balance of balances) {
    const total = perItem.get(balance.item) ?? { all: zero, available: zero, onHand: zero }
    total.all = total.all.plus(balance.onHand)
    if (isPhysical(balance.location)) {
      total.onHand = total.onHand.plus(balance.onHand)
      total.available = total.available.plus(balance.available)
    }
    perItem.set(balance.item, total)
  }
  return perItem
}

function doubleEntryDifferences(perItem: Map<number, ItemTotal>): LedgerDifference[] {
  return [...perItem]
    .sort(([a], [b]) => a - b)
    .filter(([, total]) => !total.all.eq(0))
    .map(([item, total]) => ({ item, kind: 'double_entry', total: total.all.toFixed() }))
}

/** Each item's stored totals against its physical balances. */
function itemTotalDifferences(
  items: StoredItem[],
  perItem: Map<number, ItemTotal>,
): LedgerDifference[] {
  const differences: LedgerDifference[] = []
  for (const item of [...items].sort((a, b) => a.id - b.id)) {
    const total = perItem.get(item.id) ?? { all: zero, available: zero, onHand: zero }
    for (const field of ['onHand', 'available'] as const) {
      const have = orZero(item[field])
      if (!have.eq(total[field]))
        differences.push({
          actual: have.toFixed(),
          expected: total[field].toFixed(),
          field,
          item: item.id,
          kind: 'item_total',
        })
    }
  }
  return differences
}

const fieldLabel = { available: 'available', onHand: 'on hand', reserved: 'reserved' } as const

/** One line a person can act on, with the names the caller looked up. */
export function describeDifference(
  difference: LedgerDifference,
  names: {
    item: (id: number) => string
    location: (id: number) => string
    lot: (id: number) => string
  },
): string {
  const item = names.item(difference.item)
  switch (difference.kind) {
    case 'balance':
      return `${item} at ${names.location(difference.location)}, lot ${names.lot(difference.lot)}: ${fieldLabel[difference.field]} is ${difference.actual}, ${difference.field === 'available' ? 'on hand − reserved is' : 'the movements say'} ${difference.expected}`
    case 'double_entry':
      return `${item}: balances over all locations add up to ${difference.total}, not 0`
    case 'item_total':
      return `${item}: the item's ${fieldLabel[difference.field]} is ${difference.actual}, its balances add up to ${difference.expected}`
  }
}
