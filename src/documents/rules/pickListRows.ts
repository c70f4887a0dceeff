import { type LotCandidate, type LotStrategy, pickLots } from '../../ledger/rules/lotPicking'
import { type Decimal, sum, zero } from '../../platform/rules/decimal'

export type PickListLine = {
  item: number
  /** Where the line's stock is counted: its store and item (`<location>:<item>`). */
  key: string
  /** What the line still needs picked: required, less what is picked and not returned. */
  open: Decimal
  /** Lots picked and not issued yet: reserved at the store, waiting on the shelf. */
  picked: { lot: number; quantity: Decimal }[]
  strategy: LotStrategy
}

export type PickListStatus = 'picked' | 'short' | 'to_pick'
export type PickListRow = {
  item: number
  /** Null on a short row: no lot at the store has it. */
  lot: null | number
  quantity: Decimal
  status: PickListStatus
}

/**
 * What a picker takes for each line, in order: the lots already picked for it, then, for what is
 * still open, the lots its strategy (FIFO unless the item says LIFO) would take from what is
 * available at the store (not blocked, not expired). Lines share the store's lots in the order
 * given, so two lines of one list never count the same units; what no lot covers is short.
 */
export function pickListRows(
  lines: readonly PickListLine[],
  candidates: ReadonlyMap<string, readonly LotCandidate[]>,
  now: Date,
): PickListRow[][] {
  const left = new Map([...candidates].map(([key, lots]) => [key, lots.map((lot) => ({ ...lot }))]))
  return lines.map((line) => {
    const rows: PickListRow[] = line.picked
      .filter((lot) => lot.quantity.gt(0))
      .map((lot) => ({ item: line.item, lot: lot.lot, quantity: lot.quantity, status: 'picked' }))
    if (line.open.lte(0)) return rows
    const pool = left.get(line.key) ?? []
    let result = pickLots(pool, line.open, line.strategy, now)
    if (!result.ok)
      result = result.available.gt(0)
        ? pickLots(pool, result.available, line.strategy, now)
        : { ok: true, picks: [] }
    const picks = result.ok ? result.picks : []
    for (const pick of picks) {
      const candidate = pool.find((c) => c.lot === pick.lot)!
      candidate.available = candidate.available.minus(pick.quantity)
      rows.push({ item: line.item, lot: pick.lot, quantity: pick.quantity, status: 'to_pick' })
    }
    const short = line.open.minus(sum(picks.map((pick) => pick.quantity)))
    if (short.gt(zero)) rows.push({ item: line.item, lot: null, quantity: short, status: 'short' })
    return rows
  })
}
