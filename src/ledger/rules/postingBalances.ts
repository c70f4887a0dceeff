import { type Decimal, zero } from '../../platform/rules/decimal'

export type BalanceRow = {
  item: number
  location: number
  lot: number
  onHand: Decimal
  reserved: Decimal
}

export type BalanceDelta = BalanceRow

type Balance = { onHand: Decimal; reserved: Decimal }

const keyOf = (item: number, location: number, lot: number) => `${item}:${location}:${lot}`

/**
 * The balances a posting runs against, as its lines move stock: each balance as it stands after
 * the lines so far, and the net change the posting makes to each (what the ledger writes).
 */
export function postingBalances(rows: readonly BalanceRow[]) {
  const state = new Map<string, Balance>()
  for (const row of rows) {
    state.set(keyOf(row.item, row.location, row.lot), {
      onHand: row.onHand,
      reserved: row.reserved,
    })
  }
  const deltas = new Map<string, BalanceDelta>()
  const at = (item: number, location: number, lot: number): Balance => {
    const key = keyOf(item, location, lot)
    let balance = state.get(key)
    if (!balance) state.set(key, (balance = { onHand: zero, reserved: zero }))
    return balance
  }
  const shift = (
    item: number,
    location: number,
    lot: number,
    onHand: Decimal,
    reserved: Decimal,
  ) => {
    const balance = at(item, location, lot)
    balance.onHand = balance.onHand.plus(onHand)
    balance.reserved = balance.reserved.plus(reserved)
    const key = keyOf(item, location, lot)
    const delta = deltas.get(key) ?? { item, location, lot, onHand: zero, reserved: zero }
    deltas.set(key, {
      ...delta,
      onHand: delta.onHand.plus(onHand),
      reserved: delta.reserved.plus(reserved),
    })
  }
  /** The changes that did not cancel out, in a fixed order (item, location, lot). */
  const changes = (): BalanceDelta[] =>
    [...deltas.values()]
      .filter((d) => !d.onHand.eq(0) || !d.reserved.eq(0))
      .sort((a, b) => a.item - b.item || a.location - b.location || a.lot - b.lot)
  return { at, changes, shift }
}

export type PostingBalances = ReturnType<typeof postingBalances>
