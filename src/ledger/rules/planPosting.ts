import { type Decimal, sum, zero } from '../../platform/rules/decimal'
import { isPickable, type LotStrategy, pickLots } from './lotPicking'
import { isPhysical, type LocationInfo, type MovementReason } from './movementRules'
import {
  type BalanceDelta,
  type BalanceRow,
  type PostingBalances,
  postingBalances,
} from './postingBalances'

export type { BalanceDelta, BalanceRow }

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

type Refusal = Exclude<PlanResult, { ok: true }>
type Picks = { lot: number; quantity: Decimal }[]

/** What the lines of one posting run against: the balances as they move, and the lots. */
type Run = {
  balances: PostingBalances
  input: PlanInput
  lotsAt: (item: number, location: number) => (LotInfo & { available: Decimal; lot: number })[]
}

/**
 * Decides every movement of a posting and its effect on balances, from the balances locked for
 * it. Pure: the posting service loads, calls this, and writes what it returns. Refuses, naming
 * the line, when a physical location would go below zero under the refuse policy.
 */
export function planPosting(input: PlanInput): PlanResult {
  const run = startRun(input)
  const movements: PlannedMovement[] = []
  for (const [index, line] of input.lines.entries()) {
    const planned = planLine(run, line, index)
    if (!Array.isArray(planned)) return planned
    movements.push(...planned)
  }
  return { deltas: run.balances.changes(), movements, ok: true }
}

function startRun(input: PlanInput): Run {
  const balances = postingBalances(input.balances)
  const lotsOfItem = new Map<number, LotInfo[]>()
  for (const lot of input.lots.values()) {
    const lots = lotsOfItem.get(lot.item)
    if (lots) lots.push(lot)
    else lotsOfItem.set(lot.item, [lot])
  }
  const lotsAt = (item: number, location: number) =>
    (lotsOfItem.get(item) ?? []).map((lot) => {
      const balance = balances.at(item, location, lot.id)
      return { ...lot, available: balance.onHand.minus(balance.reserved), lot: lot.id }
    })
  return { balances, input, lotsAt }
}

/** One line: which lots it takes, that it may take them, and the movements it makes. */
function planLine(run: Run, line: PlanLine, index: number): PlannedMovement[] | Refusal {
  const from = run.input.locations.get(line.from)!
  const guarded = isPhysical(from) && !run.input.allowsNegative(line.item)
  const before = namedLotsBefore(run, line, guarded)
  const picked = picksOf(run, line, index, guarded)
  if (!Array.isArray(picked)) return picked
  const unavailable = unavailableNamedLot(run, line, index, picked)
  if (unavailable) return unavailable
  return moveLots(run, line, index, picked, guarded, before)
}

/**
 * What the named lots held before the line ran: the figure their refusal reports. (A line that
 * picks by strategy reports what the picker found instead.)
 */
function namedLotsBefore(run: Run, line: PlanLine, guarded: boolean): Decimal {
  const named = line.lot !== undefined ? [line.lot] : line.lots ? line.lots.map((l) => l.lot) : null
  if (!guarded || !named) return zero
  return sum(
    run
      .lotsAt(line.item, line.from)
      .filter((c) => named.includes(c.lot))
      .map((c) => (c.available.gt(0) ? c.available : zero)),
  )
}

/** The lots the line names, or those its strategy picks. */
function picksOf(run: Run, line: PlanLine, index: number, guarded: boolean): Picks | Refusal {
  if (line.lot !== undefined) return [{ lot: line.lot, quantity: line.quantity }]
  if (line.lots) return line.lots
  const candidates = run.lotsAt(line.item, line.from)
  const picked = pickLots(candidates, line.quantity, line.strategy ?? 'fifo', run.input.now)
  if (picked.ok) return picked.picks
  if (guarded) {
    return {
      available: picked.available,
      code: 'insufficient_stock',
      item: line.item,
      line: index,
      location: line.from,
      ok: false,
      required: line.quantity,
    }
  }
  return picksBelowZero(run, line, index, candidates)
}

/** Negative stock allowed: what the lots hold, the rest from the lot the strategy reaches last. */
function picksBelowZero(
  run: Run,
  line: PlanLine,
  index: number,
  candidates: ReturnType<Run['lotsAt']>,
): Picks | Refusal {
  const { now } = run.input
  const partial = pickLots(
    candidates,
    sum(candidates.filter((c) => isPickable(c, now)).map((c) => c.available)),
    line.strategy ?? 'fifo',
    now,
  )
  const picks = partial.ok ? partial.picks : []
  // Only a lot the strategy may take (not blocked, not expired) carries the shortfall; the
  // line's quantity stands in for stock, which here is short by definition.
  const ordered = candidates
    .filter((c) => isPickable({ ...c, available: line.quantity }, now))
    .sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime() || a.lot - b.lot)
  const last = line.strategy === 'lifo' ? ordered[0] : ordered.at(-1)
  if (!last) return { code: 'no_lot', item: line.item, line: index, location: line.from, ok: false }
  const rest = line.quantity.minus(sum(picks.map((p) => p.quantity)))
  const existing = picks.find((p) => p.lot === last.lot)
  if (existing) existing.quantity = existing.quantity.plus(rest)
  else picks.push({ lot: last.lot, quantity: rest })
  return picks
}

/** A consumption may not take a named lot that is blocked or expired. */
function unavailableNamedLot(
  run: Run,
  line: PlanLine,
  index: number,
  picks: Picks,
): Refusal | null {
  if (line.reason !== 'consume' || (line.lot === undefined && !line.lots)) return null
  for (const pick of picks) {
    const lot = run.input.lots.get(pick.lot)!
    if (!isPickable({ ...lot, available: pick.quantity, lot: lot.id }, run.input.now)) {
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
  return null
}

/** Moves each picked lot, refusing the line when a balance it leaves goes below zero. */
function moveLots(
  run: Run,
  line: PlanLine,
  index: number,
  picks: Picks,
  guarded: boolean,
  before: Decimal,
): PlannedMovement[] | Refusal {
  const movements: PlannedMovement[] = []
  for (const [part, pick] of picks.entries()) {
    shiftBalances(run.balances, line, pick)
    const balance = run.balances.at(line.item, line.from, pick.lot)
    const where = { item: line.item, line: index, location: line.from, ok: false as const }
    if (balance.reserved.lt(0)) {
      return {
        ...where,
        available: balance.reserved.plus(pick.quantity),
        code: 'insufficient_reserved',
        required: pick.quantity,
      }
    }
    if (guarded && balance.onHand.minus(balance.reserved).lt(0))
      return { ...where, available: before, code: 'insufficient_stock', required: line.quantity }
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
      unitCost: line.unitCost ?? run.input.lots.get(pick.lot)!.unitCost,
    })
  }
  return movements
}

/** A reservation or release changes what is reserved; any other movement what is on hand. */
function shiftBalances(balances: PostingBalances, line: PlanLine, pick: Picks[number]) {
  if (line.reason === 'reserve') {
    balances.shift(line.item, line.from, pick.lot, zero, pick.quantity)
  } else if (line.reason === 'release') {
    balances.shift(line.item, line.from, pick.lot, zero, pick.quantity.neg())
  } else {
    balances.shift(line.item, line.from, pick.lot, pick.quantity.neg(), zero)
    balances.shift(line.item, line.to, pick.lot, pick.quantity, zero)
  }
}
