import { type Decimal, minDecimal, zero } from '../../platform/rules/decimal'

/** What one production document still has to consume, at its own location. */
export type DocumentNeeds = {
  /** Names the document in the answer (`executions/12`). */
  key: string
  /** Where it consumes: its production floor (an order's location). */
  location: number
  /** What it still consumes, by item. */
  required: ReadonlyMap<number, Decimal>
  /** What it holds reserved at its location, by item: usable by it alone. */
  held: ReadonlyMap<number, Decimal>
}

/** The stock the documents' needs are set against. Every figure is never below zero. */
export type ShortageStock = {
  /** Available (not reserved, in lots that can be picked) at each document's location, by `item:location`. */
  floor: ReadonlyMap<string, Decimal>
  /** What the warehouses can issue, by item: available in pickable lots, other locations aside. */
  warehouses: ReadonlyMap<number, Decimal>
  /** Ordered and not yet received on open purchase orders, by item. */
  incoming: ReadonlyMap<number, Decimal>
}

/** How a need is covered: `needed` = `onFloor` + `issuable` + `incoming` + `short`. */
export type Coverage = {
  incoming: Decimal
  issuable: Decimal
  needed: Decimal
  onFloor: Decimal
  short: Decimal
}

export type DocumentShortage = Coverage & { document: string; item: number; location: number }
export type ItemShortage = Coverage & { item: number }

export const floorKey = (item: number, location: number) => `${item}:${location}`

const positive = (value: Decimal | undefined) => (value && value.gt(0) ? value : zero)

/** Takes up to `wanted` out of `pool[key]`, leaving the rest there; returns what it took. */
function take<K>(pool: Map<K, Decimal>, key: K, wanted: Decimal): Decimal {
  const there = pool.get(key) ?? zero
  const taken = wanted.gt(0) ? minDecimal(wanted, there) : zero
  pool.set(key, there.minus(taken))
  return taken
}

const addCoverage = (a: Coverage, b: Coverage): Coverage => ({
  incoming: a.incoming.plus(b.incoming),
  issuable: a.issuable.plus(b.issuable),
  needed: a.needed.plus(b.needed),
  onFloor: a.onFloor.plus(b.onFloor),
  short: a.short.plus(b.short),
})

/**
 * Each document's need per item, set against the stock where it is made and then against what
 * can come to it, in this order: what it holds reserved and what is available at its own
 * location; what the warehouses can issue; what open purchase orders will bring. Stock that
 * several documents could use is counted once: each pool is handed out to the documents in the
 * order given (a location's stock to the documents there, the warehouses' and the incoming to
 * all), so no unit covers two needs. What is left is short. Items come in the order they first
 * appear; per item, the sums over its documents.
 */
export function locationShortages(
  documents: readonly DocumentNeeds[],
  stock: ShortageStock,
): { documents: DocumentShortage[]; items: ItemShortage[] } {
  const floor = new Map([...stock.floor].map(([key, value]) => [key, positive(value)]))
  const warehouses = new Map([...stock.warehouses].map(([key, value]) => [key, positive(value)]))
  const incoming = new Map([...stock.incoming].map(([key, value]) => [key, positive(value)]))

  const rows: (DocumentShortage & { rest: Decimal })[] = []
  for (const document of documents) {
    for (const [item, required] of document.required) {
      const needed = positive(required)
      if (needed.eq(0)) continue
      const own = minDecimal(needed, positive(document.held.get(item)))
      const there = take(floor, floorKey(item, document.location), needed.minus(own))
      rows.push({
        document: document.key,
        incoming: zero,
        issuable: zero,
        item,
        location: document.location,
        needed,
        onFloor: own.plus(there),
        rest: needed.minus(own).minus(there),
        short: zero,
      })
    }
  }
  // The floors first for every document, then the pools all of them share.
  for (const row of rows) {
    row.issuable = take(warehouses, row.item, row.rest)
    row.rest = row.rest.minus(row.issuable)
  }
  for (const row of rows) {
    row.incoming = take(incoming, row.item, row.rest)
    row.short = row.rest.minus(row.incoming)
  }

  const byItem = new Map<number, ItemShortage>()
  for (const row of rows) {
    const total = byItem.get(row.item)
    byItem.set(row.item, total ? { ...addCoverage(total, row), item: row.item } : { ...row })
  }
  return {
    documents: rows.map(({ rest: _rest, ...row }) => row),
    items: [...byItem.values()].map(({ incoming, issuable, item, needed, onFloor, short }) => ({
      incoming,
      issuable,
      item,
      needed,
      onFloor,
      short,
    })),
  }
}
