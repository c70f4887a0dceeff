import { type Decimal, sum, zero } from '../../platform/rules/decimal'
import { isPickable, type LotStrategy, pickLots } from './lotPicking'
import { isPhysical, type LocationInfo, type MovementReason } from './movementRules'

export type LotInfo = {
  disposition: 'available' | 'blocked'
  expiresAt: Date | null
  id: number
  item: number
  receivedAt: Date
  unitCost: Decimal
}

/** One line of a posting after validation: ids resolved, quantities exact. */
export type PlanLine = {
  from: number
  item: number
  /** The lot to move; otherwise `lots` (the caller names them) or `strategy` picks. */
  lot?: number
  lots?: { lot: number; quantity: Decimal }[]
  quantity: Decimal
  reason: MovementReason
  reverses?: number
  strategy?: LotStrategy
  to: number
  /** Overrides the lot's unit cost (reversals keep the cost they undo). */
  unitCost?: Decimal
}

export type BalanceRow = {
  item: number
  location: number
  lot: number
  onHand: Decimal
  reserved: Decimal
}

export type PlannedMovement = {
  from: number
  item: number
  line: number
  lot: number
  part: number
  quantity: Decimal
  reason: MovementReason
  reverses: number | null
  to: number
  unitCost: Decimal
}

export type BalanceDelta = {
  item: number
  location: number
  lot: number
  onHand: Decimal
  reserved: Decimal
}

export type PlanResult =
  | { deltas: BalanceDelta[]; movements: PlannedMovement[]; ok: true }
  | {
      available: Decimal
      code: 'insufficient_stock' | 'insufficient_reserved'
      item: number
      line: number
      location: number
      ok: false
      required: Decimal
    }
  | {
      code: 'lot_unavailable' | 'no_lot'
      item: number
      line: number
      location: number
      lot?: number
      ok: false
    }

export type PlanInput = {
  allowsNegative: (item: number) => boolean
  balances: readonly BalanceRow[]
  lines: readonly PlanLine[]
  locations: ReadonlyMap<number, LocationInfo>
  lots: ReadonlyMap<number, LotInfo>
  now: Date
}

const keyOf = (item: number, location: number, lot: number) => `${item}:${location}:${lot}`

/**
 * Decides every movement of a posting and its effect on balances, from the balances locked for
 * it. Pure: the posting service loads, calls this, and writes what it returns. Refuses, naming
 * the line, when a physical location would go below zero under the refuse policy.
 */
export function planPosting(input: PlanInput): PlanResult {
  const state = new Map<string, { onHand: Decimal; reserved: Decimal }>()
  for (const row of input.balances) {
    state.set(keyOf(row.item, row.location, row.lot), {
      onHand: row.onHand,
      reserved: row.reserved,
    })
  }
  const at = (item: number, location: number, lot: number) => {
    const key = keyOf(item, location, lot)
    let balance = state.get(key)
    if (!balance) state.set(key, (balance = { onHand: zero, reserved: zero }))
    return balance
  }
  const deltas = new Map<string, BalanceDelta>()
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
  const lotsOfItem = new Map<number, LotInfo[]>()
  for (const lot of input.lots.values()) {
    const lots = lotsOfItem.get(lot.item)
    if (lots) lots.push(lot)
    else lotsOfItem.set(lot.item, [lot])
  }
  const lotsAt = (item: number, location: number) =>
    (lotsOfItem.get(item) ?? []).map((lot) => {
      const balance = at(item, location, lot.id)
      return { ...lot, available: balance.onHand.minus(balance.reserved), lot: lot.id }
    })

  const movements: PlannedMovement[] = []
  for (const [index, line] of input.lines.entries()) {
    const from = input.locations.get(line.from)!
    const guarded = isPhysical(from) && !input.allowsNegative(line.item)
    const named =
      line.lot !== undefined ? [line.lot] : line.lots ? line.lots.map((l) => l.lot) : null
    // What the named lots held before the line ran: the figure their refusal reports. (A line
    // that picks by strategy reports what the picker found instead.)
    const before =
      guarded && named
        ? sum(
            lotsAt(line.item, line.from)
              .filter((c) => named.includes(c.lot))
              .map((c) => (c.available.gt(0) ? c.available : zero)),
          )
        : zero
    let picks: { lot: number; quantity: Decimal }[]
    if (line.lot !== undefined) {
      picks = [{ lot: line.lot, quantity: line.quantity }]
    } else if (line.lots) {
      picks = line.lots
    } else {
      const candidates = lotsAt(line.item, line.from)
      const picked = pickLots(candidates, line.quantity, line.strategy ?? 'fifo', input.now)
      if (picked.ok) {
        picks = picked.picks
      } else if (guarded) {
        return {
          available: picked.available,
          code: 'insufficient_stock',
          item: line.item,
          line: index,
          location: line.from,
          ok: false,
          required: line.quantity,
        }
      } else {
        // Negative stock allowed: what the lots hold, the rest from the lot the strategy reaches last.
        const partial = pickLots(
          candidates,
          sum(candidates.filter((c) => isPickable(c, input.now)).map((c) => c.available)),
          line.strategy ?? 'fifo',
          input.now,
        )
        picks = partial.ok ? partial.picks : []
        // Only a lot the strategy may take (not blocked, not expired) carries the shortfall; the
        // line's quantity stands in for stock, which here is short by definition.
        const ordered = candidates
          .filter((c) => isPickable({ ...c, available: line.quantity }, input.now))
          .sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime() || a.lot - b.lot)
        const last = line.strategy === 'lifo' ? ordered[0] : ordered.at(-1)
        if (!last)
          return { code: 'no_lot', item: line.item, line: index, location: line.from, ok: false }
        const rest = line.quantity.minus(sum(picks.map((p) => p.quantity)))
        const existing = picks.find((p) => p.lot === last.lot)
        if (existing) existing.quantity = existing.quantity.plus(rest)
        else picks.push({ lot: last.lot, quantity: rest })
      }
    }
    if (line.reason === 'consume' && (line.lot !== undefined || line.lots)) {
      for (const pick of picks) {
        const lot = input.lots.get(pick.lot)!
        if (!isPickable({ ...lot, available: pick.quantity, lot: lot.id }, input.now)) {
          return {
            code: 'lot_unavailable',
            item: line.item,
            line: index,
            location: line.from,
            lot: lot.id,
            ok: false,
          }
        }
      }
    }
    for (const [part, pick] of picks.entries()) {
      const lot = input.lots.get(pick.lot)!
      if (line.reason === 'reserve') {
        shift(line.item, line.from, pick.lot, zero, pick.quantity)
      } else if (line.reason === 'release') {
        shift(line.item, line.from, pick.lot, zero, pick.quantity.neg())
      } else {
        shift(line.item, line.from, pick.lot, pick.quantity.neg(), zero)
        shift(line.item, line.to, pick.lot, pick.quantity, zero)
      }
      const balance = at(line.item, line.from, pick.lot)
      if (balance.reserved.lt(0)) {
        return {
          available: balance.reserved.plus(pick.quantity),
          code: 'insufficient_reserved',
          item: line.item,
          line: index,
          location: line.from,
          ok: false,
          required: pick.quantity,
        }
      }
      if (guarded && balance.onHand.minus(balance.reserved).lt(0)) {
        return {
          available: before,
          code: 'insufficient_stock',
          item: line.item,
          line: index,
          location: line.from,
          ok: false,
          required: line.quantity,
        }
      }
      movements.push({
        from: line.from,
        item: line.item,
        line: index,
        lot: pick.lot,
        part,
        quantity: pick.quantity,
        reason: line.reason,
        reverses: line.reverses ?? null,
        to: line.to,
        unitCost: line.unitCost ?? lot.unitCost,
      })
    }
  }
  const sorted = [...deltas.values()]
    .filter((d) => !d.onHand.eq(0) || !d.reserved.eq(0))
    .sort((a, b) => a.item - b.item || a.location - b.location || a.lot - b.lot)
  return { deltas: sorted, movements, ok: true }
}
