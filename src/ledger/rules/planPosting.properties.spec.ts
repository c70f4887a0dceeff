import Big from 'big.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { type Decimal, sum, zero } from '../../platform/rules/decimal'
import type { LotStrategy } from './lotPicking'
import { checkSides, isPhysical, type MovementReason } from './movementRules'
import {
  type BalanceDelta,
  type BalanceRow,
  type LotInfo,
  type PlanInput,
  type PlanLine,
  type PlannedMovement,
  planPosting,
  type PlanResult,
} from './planPosting'
import {
  A,
  F,
  L,
  P,
  S,
  W,
  future,
  locations,
  lotInfo,
  now,
  past,
  physicalIds,
  plain,
} from './planPosting.fixtures'

type Balance = { item: number; location: number; lot: number; onHand: Decimal; reserved: Decimal }
type Model = ReadonlyMap<string, Balance>
type Movement = PlannedMovement & { id: number }

const keyOf = (item: number, location: number, lot: number) => `${item}:${location}:${lot}`

/** A new model with the plan's deltas applied: what the posting service writes. */
const applyDeltas = (model: Model, deltas: readonly BalanceDelta[]): Model => {
  const next = new Map(model)
  for (const d of deltas) {
    const key = keyOf(d.item, d.location, d.lot)
    const old = next.get(key) ?? { ...d, onHand: zero, reserved: zero }
    next.set(key, {
      ...old,
      onHand: old.onHand.plus(d.onHand),
      reserved: old.reserved.plus(d.reserved),
    })
  }
  return next
}

/** What movements alone do to balances: into minus out of, reservations apart. */
const movementDeltas = (movements: readonly PlannedMovement[]): BalanceDelta[] =>
  movements.flatMap((m): BalanceDelta[] => {
    const at = (location: number, onHand: Decimal, reserved: Decimal) => ({
      item: m.item,
      location,
      lot: m.lot,
      onHand,
      reserved,
    })
    if (m.reason === 'reserve') return [at(m.from, zero, m.quantity)]
    if (m.reason === 'release') return [at(m.from, zero, m.quantity.neg())]
    return [at(m.from, m.quantity.neg(), zero), at(m.to, m.quantity, zero)]
  })

/** The non-zero balances as text, for comparison. */
const snapshot = (model: Model): Record<string, string> =>
  Object.fromEntries(
    [...model.entries()]
      .filter(([, b]) => !b.onHand.eq(0) || !b.reserved.eq(0))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, b]) => [key, `${b.onHand.toFixed()}/${b.reserved.toFixed()}`]),
  )

const rowsOf = (model: Model): BalanceRow[] =>
  [...model.values()].map(({ item, location, lot, onHand, reserved }) => ({
    item,
    location,
    lot,
    onHand,
    reserved,
  }))

const balanceAt = (model: Model, item: number, location: number, lot: number) =>
  model.get(keyOf(item, location, lot)) ?? { onHand: zero, reserved: zero }

type Scenario = { items: number[]; lots: Map<number, LotInfo> }

const usable = (lot: LotInfo) =>
  lot.disposition === 'available' &&
  (lot.expiresAt === null || lot.expiresAt.getTime() > now.getTime())

/** 2–3 items, 2–3 lots each, receipt days with ties, costs, some lots blocked or expired. */
const scenarioArb: fc.Arbitrary<Scenario> = fc
  .array(
    fc.array(
      fc.record({
        blocked: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
        cost: fc.integer({ min: 0, max: 99_999 }),
        day: fc.integer({ min: 0, max: 4 }),
        expires: fc.constantFrom(null, null, null, null, past, future),
      }),
      { maxLength: 3, minLength: 2 },
    ),
    { maxLength: 3, minLength: 2 },
  )
  .map((perItem) => {
    const lots = new Map<number, LotInfo>()
    perItem.forEach((specs, i) =>
      specs.forEach((spec, k) => {
        const id = (i + 1) * 10 + k
        lots.set(
          id,
          lotInfo(id, i + 1, spec.day, new Big(spec.cost).div(100), {
            disposition: spec.blocked ? 'blocked' : 'available',
            expiresAt: spec.expires,
          }),
        )
      }),
    )
    return { items: perItem.map((_, i) => i + 1), lots }
  })

type Take = { lot: number | null; strategy: LotStrategy | undefined }
type Op =
  | { kind: 'receipt'; item: number; lot: number; quantity: Decimal; unitCost: Decimal | null }
  | { kind: 'consume'; from: number; item: number; quantity: Decimal; take: Take }
  | { kind: 'transfer'; from: number; item: number; quantity: Decimal; take: Take }
  | {
      kind: 'loss'
      from: number
      item: number
      quantity: Decimal
      reason: MovementReason
      take: Take
    }
  | { kind: 'adjustUp'; item: number; lot: number; quantity: Decimal; to: number }
  | { kind: 'adjustDown'; from: number; item: number; quantity: Decimal; take: Take; to: number }
  | { kind: 'reserve'; at: number; item: number; quantity: Decimal; take: Take }
  | { kind: 'release'; at: number; item: number; lot: number; quantity: Decimal }
  | { kind: 'reverse'; pick: number }

const receiptArb = fc.integer({ min: 4, max: 80 }).map((n) => new Big(n).div(4))
const quantityArb = fc.integer({ min: 1, max: 24 }).map((n) => new Big(n).div(4))
const smallQuantityArb = fc.integer({ min: 1, max: 30 }).map((n) => new Big(n).div(10))
const indexArb = fc.nat({ max: 99 })
const physicalArb = fc.constantFrom(W, W, F)
const takeArb: fc.Arbitrary<Take> = fc.oneof(
  {
    arbitrary: fc.record({
      lot: fc.constant(null),
      strategy: fc.constantFrom<LotStrategy | undefined>('fifo', 'lifo', undefined),
    }),
    weight: 3,
  },
  { arbitrary: fc.record({ lot: indexArb, strategy: fc.constant(undefined) }), weight: 1 },
)

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    arbitrary: fc.record({
      item: indexArb,
      kind: fc.constant('receipt' as const),
      lot: indexArb,
      quantity: receiptArb,
      unitCost: fc.option(
        fc.integer({ min: 0, max: 9_999 }).map((n) => new Big(n).div(100)),
        { freq: 4 },
      ),
    }),
    weight: 8,
  },
  {
    arbitrary: fc.record({
      from: physicalArb,
      item: indexArb,
      kind: fc.constant('consume' as const),
      quantity: quantityArb,
      take: takeArb,
    }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      from: physicalArb,
      item: indexArb,
      kind: fc.constant('transfer' as const),
      quantity: quantityArb,
      take: takeArb,
    }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      from: physicalArb,
      item: indexArb,
      kind: fc.constant('loss' as const),
      quantity: smallQuantityArb,
      reason: fc.constantFrom<MovementReason>('loss_waste', 'loss_rejection'),
      take: takeArb,
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      item: indexArb,
      kind: fc.constant('adjustUp' as const),
      lot: indexArb,
      quantity: smallQuantityArb,
      to: physicalArb,
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      from: physicalArb,
      item: indexArb,
      kind: fc.constant('adjustDown' as const),
      quantity: smallQuantityArb,
      take: takeArb,
      to: fc.constantFrom(A, L),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      at: physicalArb,
      item: indexArb,
      kind: fc.constant('reserve' as const),
      quantity: smallQuantityArb,
      take: takeArb,
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      at: physicalArb,
      item: indexArb,
      kind: fc.constant('release' as const),
      lot: indexArb,
      quantity: smallQuantityArb,
    }),
    weight: 1,
  },
  { arbitrary: fc.record({ kind: fc.constant('reverse' as const), pick: indexArb }), weight: 3 },
)

/** Postings of one to three lines. */
const postingsArb = fc.array(
  fc.oneof(
    { arbitrary: fc.tuple(opArb), weight: 3 },
    { arbitrary: fc.array(opArb, { maxLength: 3, minLength: 2 }), weight: 1 },
  ),
  { maxLength: 24, minLength: 4 },
)

/** The line that undoes a movement, as the ledger's reverse() builds it. */
const reversalOf = (m: Movement): PlanLine => {
  const stays = m.reason === 'reserve' || m.reason === 'release'
  return {
    from: stays ? m.from : m.to,
    item: m.item,
    lot: m.lot,
    quantity: m.quantity,
    reason: m.reason === 'reserve' ? 'release' : m.reason === 'release' ? 'reserve' : 'reverse',
    reverses: m.id,
    to: stays ? m.to : m.from,
    unitCost: m.unitCost,
  }
}

/** Turns abstract operations into plan lines against the scenario and what was posted. */
const linesOf = (
  ops: Op[],
  scenario: Scenario,
  movements: readonly Movement[],
  reversed: ReadonlySet<number>,
): PlanLine[] => {
  const item = (index: number) => scenario.items[index % scenario.items.length]!
  const lotOf = (itemId: number, index: number) => {
    const own = [...scenario.lots.values()].filter((l) => l.item === itemId)
    return own[index % own.length]!.id
  }
  const how = (itemId: number, take: Take) =>
    take.lot === null
      ? take.strategy
        ? { strategy: take.strategy }
        : {}
      : { lot: lotOf(itemId, take.lot) }
  const claimed = new Set<number>()
  const lines: PlanLine[] = []
  for (const op of ops) {
    switch (op.kind) {
      case 'receipt': {
        const id = item(op.item)
        lines.push({
          from: S,
          item: id,
          lot: lotOf(id, op.lot),
          quantity: op.quantity,
          reason: 'receipt',
          to: W,
          ...(op.unitCost ? { unitCost: op.unitCost } : {}),
        })
        break
      }
      case 'consume':
      case 'transfer':
      case 'loss': {
        const id = item(op.item)
        const to = op.kind === 'consume' ? P : op.kind === 'loss' ? L : op.from === W ? F : W
        const reason = op.kind === 'loss' ? op.reason : op.kind
        lines.push({
          from: op.from,
          item: id,
          quantity: op.quantity,
          reason,
          to,
          ...how(id, op.take),
        })
        break
      }
      case 'adjustUp': {
        const id = item(op.item)
        lines.push({
          from: A,
          item: id,
          lot: lotOf(id, op.lot),
          quantity: op.quantity,
          reason: 'adjustment',
          to: op.to,
        })
        break
      }
      case 'adjustDown': {
        const id = item(op.item)
        lines.push({
          from: op.from,
          item: id,
          quantity: op.quantity,
          reason: 'adjustment',
          to: op.to,
          ...how(id, op.take),
        })
        break
      }
      case 'reserve': {
        const id = item(op.item)
        lines.push({
          from: op.at,
          item: id,
          quantity: op.quantity,
          reason: 'reserve',
          to: op.at,
          ...how(id, op.take),
        })
        break
      }
      case 'release': {
        const id = item(op.item)
        lines.push({
          from: op.at,
          item: id,
          lot: lotOf(id, op.lot),
          quantity: op.quantity,
          reason: 'release',
          to: op.at,
        })
        break
      }
      case 'reverse': {
        // Each movement is reversed at most once, as the ledger enforces.
        const open = movements.filter((m) => !reversed.has(m.id) && !claimed.has(m.id))
        if (open.length === 0) break
        const target = open[op.pick % open.length]!
        claimed.add(target.id)
        lines.push(reversalOf(target))
        break
      }
    }
  }
  return lines
}

type Expected =
  { ok: true } | { available?: string; code: string; lot?: number; ok: false; required?: string }

/**
 * What one line must come to on `model` under the refuse policy, written from the rules rather
 * than from the planner: stock is what is on hand less reserved; a strategy sees only usable lots.
 */
const expectedOutcome = (
  model: Model,
  line: PlanLine,
  lots: ReadonlyMap<number, LotInfo>,
): Expected => {
  const available = (lot: number) => {
    const b = balanceAt(model, line.item, line.from, lot)
    return b.onHand.minus(b.reserved)
  }
  const q = line.quantity
  if (line.reason === 'consume' && line.lot !== undefined && !usable(lots.get(line.lot)!))
    return { code: 'lot_unavailable', lot: line.lot, ok: false }
  if (line.reason === 'release') {
    const reserved = balanceAt(model, line.item, line.from, line.lot!).reserved
    return reserved.lt(q)
      ? {
          available: reserved.toFixed(),
          code: 'insufficient_reserved',
          ok: false,
          required: q.toFixed(),
        }
      : { ok: true }
  }
  if (!isPhysical(locations.get(line.from)!)) return { ok: true }
  const held =
    line.lot !== undefined
      ? [available(line.lot)]
      : [...lots.values()]
          .filter((l) => l.item === line.item && usable(l))
          .map((l) => available(l.id))
  const total = sum(held.filter((a) => a.gt(0)))
  const enough = line.lot !== undefined ? held[0]!.gte(q) : total.gte(q)
  return enough
    ? { ok: true }
    : { available: total.toFixed(), code: 'insufficient_stock', ok: false, required: q.toFixed() }
}

/** Lot order of a strategy: negative when `a` is taken before `b`. */
const order = (strategy: LotStrategy) => (a: LotInfo, b: LotInfo) => {
  const fifo = a.receivedAt.getTime() - b.receivedAt.getTime() || a.id - b.id
  return strategy === 'fifo' ? fifo : -fifo
}

/** What every accepted single line must satisfy, against the model it was planned on. */
const checkAccepted = (
  model: Model,
  line: PlanLine,
  movements: readonly PlannedMovement[],
  lots: ReadonlyMap<number, LotInfo>,
  guarded: boolean,
) => {
  const problems: string[] = []
  const check = (ok: boolean, problem: string) => ok || problems.push(problem)
  check(movements.length > 0, 'no movement')
  check(sum(movements.map((m) => m.quantity)).eq(line.quantity), 'picks do not add up')
  movements.forEach((m, part) => {
    const lot = lots.get(m.lot)!
    check(
      m.from === line.from &&
        m.to === line.to &&
        m.item === line.item &&
        m.reason === line.reason &&
        m.line === 0 &&
        m.part === part &&
        m.reverses === (line.reverses ?? null),
      `movement ${part} does not carry its line`,
    )
    check(m.quantity.gt(0), `movement ${part} is not positive`)
    check(lot.item === line.item, `lot ${m.lot} is another item's`)
    // The unit cost is the lot's, unless the line overrides it.
    check(m.unitCost.eq(line.unitCost ?? lot.unitCost), `movement ${part} has the wrong cost`)
  })
  if (line.lot !== undefined) {
    check(movements.length === 1 && movements[0]!.lot === line.lot, 'not the named lot')
  } else {
    // Picked by strategy: distinct usable lots, never more than each holds…
    const strategy = line.strategy ?? 'fifo'
    const available = (lot: number) => {
      const b = balanceAt(model, line.item, line.from, lot)
      return b.onHand.minus(b.reserved)
    }
    const taken = new Map(movements.map((m) => [m.lot, m.quantity]))
    check(taken.size === movements.length, 'a lot is picked twice')
    for (const m of movements) {
      check(usable(lots.get(m.lot)!), `lot ${m.lot} is blocked or expired`)
      if (guarded) check(m.quantity.lte(available(m.lot)), `lot ${m.lot} overdrawn`)
    }
    // …and never a later lot in the strategy's order while an earlier usable one has stock left.
    const pickable = [...lots.values()].filter(
      (l) => l.item === line.item && usable(l) && available(l.id).gt(0),
    )
    for (const m of movements) {
      const lot = lots.get(m.lot)!
      for (const other of pickable.filter((o) => order(strategy)(o, lot) < 0)) {
        check(
          taken.get(other.id)?.eq(available(other.id)) ?? false,
          `${strategy} took lot ${lot.id} while lot ${other.id} had stock left`,
        )
      }
    }
    const sorted = movements.map((m) => lots.get(m.lot)!)
    for (let i = 1; i < sorted.length; i++)
      check(order(strategy)(sorted[i - 1]!, sorted[i]!) < 0, `picks out of ${strategy} order`)
  }
  expect(problems, JSON.stringify(plain({ line, movements }))).toEqual([])
}

type Ledger = {
  /** Balances as the deltas left them. */
  model: Model
  /** Balances as the movements alone make them. */
  fromMovements: Model
  movements: Movement[]
  reversed: Set<number>
}

const emptyLedger = (): Ledger => ({
  fromMovements: new Map(),
  model: new Map(),
  movements: [],
  reversed: new Set(),
})

/** (1), (2), (3): conservation, balances are their movements, no physical shortfall. */
const checkInvariants = (ledger: Ledger, scenario: Scenario, guarded: boolean) => {
  const problems: string[] = []
  const totals = new Map(scenario.items.map((item) => [item, zero]))
  for (const [key, b] of ledger.model) {
    totals.set(b.item, totals.get(b.item)!.plus(b.onHand))
    const replayed = ledger.fromMovements.get(key) ?? { onHand: zero, reserved: zero }
    if (!replayed.onHand.eq(b.onHand) || !replayed.reserved.eq(b.reserved))
      problems.push(`${key} is not the sum of its movements`)
    if (!physicalIds.includes(b.location)) {
      if (!b.reserved.eq(0)) problems.push(`${key} reserves at a virtual location`)
    } else if (b.reserved.lt(0)) problems.push(`${key} reserves below zero`)
    else if (guarded && b.onHand.minus(b.reserved).lt(0)) problems.push(`${key} is short`)
  }
  for (const [key, b] of ledger.fromMovements)
    if (!ledger.model.has(key) && (!b.onHand.eq(0) || !b.reserved.eq(0)))
      problems.push(`${key} moved but has no balance`)
  for (const [item, total] of totals)
    if (!total.eq(0)) problems.push(`item ${item} sums to ${total.toFixed()}`)
  expect(problems).toEqual([])
}

/** Plans one posting, checks it line by line against the rules, and applies it if accepted. */
const post = (
  ledger: Ledger,
  lines: PlanLine[],
  scenario: Scenario,
  allowsNegative: boolean,
): PlanResult => {
  const input: PlanInput = {
    allowsNegative: () => allowsNegative,
    balances: rowsOf(ledger.model),
    lines,
    locations,
    lots: scenario.lots,
    now,
  }
  // The generated lines are ones the ledger would let through to the planner.
  for (const line of lines)
    expect(checkSides(line.reason, locations.get(line.from)!, locations.get(line.to)!)).toBeNull()
  const given = JSON.stringify(input.balances)
  const result = planPosting(input)
  expect(JSON.stringify(input.balances)).toBe(given)

  // The same lines one posting each must come to the same: a posting is its lines in order.
  let scratch = ledger.model
  const oneByOne: PlannedMovement[] = []
  for (const [index, line] of lines.entries()) {
    const single = planPosting({ ...input, balances: rowsOf(scratch), lines: [line] })
    if (!allowsNegative) {
      const expected = expectedOutcome(scratch, line, scenario.lots)
      const outcome = plain(single) as Record<string, unknown>
      const actual = Object.fromEntries(Object.keys(expected).map((k) => [k, outcome[k]]))
      expect(JSON.stringify(actual), JSON.stringify(plain(line))).toBe(JSON.stringify(expected))
    }
    if (!single.ok) {
      expect(plain(result)).toEqual(plain({ ...single, line: index }))
      return result // (4): nothing is applied
    }
    checkAccepted(scratch, line, single.movements, scenario.lots, !allowsNegative)
    scratch = applyDeltas(scratch, single.deltas)
    oneByOne.push(...single.movements.map((m) => ({ ...m, line: index })))
  }
  expect(result.ok).toBe(true)
  if (!result.ok) return result
  expect(JSON.stringify(plain(result.movements))).toBe(JSON.stringify(plain(oneByOne)))
  ledger.model = applyDeltas(ledger.model, result.deltas)
  ledger.fromMovements = applyDeltas(ledger.fromMovements, movementDeltas(result.movements))
  expect(JSON.stringify(snapshot(ledger.model))).toBe(JSON.stringify(snapshot(scratch)))
  for (const m of result.movements) {
    if (m.reverses !== null) ledger.reversed.add(m.reverses)
    ledger.movements.push({ ...m, id: ledger.movements.length + 1 })
  }
  return result
}

describe('planPosting properties', () => {
  it('keeps the ledger consistent under the refuse policy, and reverses back to nothing', () => {
    let accepted = 0
    let refused = 0
    fc.assert(
      fc.property(scenarioArb, postingsArb, (scenario, postings) => {
        const ledger = emptyLedger()
        for (const ops of postings) {
          const lines = linesOf(ops, scenario, ledger.movements, ledger.reversed)
          if (lines.length === 0) continue
          const before = { count: ledger.movements.length, model: ledger.model }
          const frozen = snapshot(ledger.model)
          const result = post(ledger, lines, scenario, false)
          if (result.ok) accepted++
          else {
            refused++
            // (4) A refused plan changes nothing, and names a line of the posting, its item and
            // the location the stock would leave.
            expect(ledger.model).toBe(before.model)
            expect(snapshot(ledger.model)).toEqual(frozen)
            expect(ledger.movements).toHaveLength(before.count)
            const named = lines[result.line]
            expect(named).toBeDefined()
            expect(result.item).toBe(named!.item)
            expect(result.location).toBe(named!.from)
            if ('required' in result) {
              expect(result.required.eq(named!.quantity)).toBe(true)
              if (named!.reason !== 'release')
                expect(result.available.lt(named!.quantity)).toBe(true)
            }
          }
          checkInvariants(ledger, scenario, true)
        }

        // (5) Reversing every movement, newest first, is never refused and brings every balance
        // back to zero: in one posting, and one posting each.
        const undo = [...ledger.movements].reverse().map(reversalOf)
        const once = planPosting({
          allowsNegative: () => false,
          balances: rowsOf(ledger.model),
          lines: undo,
          locations,
          lots: scenario.lots,
          now,
        })
        expect(once.ok).toBe(true)
        if (once.ok) expect(snapshot(applyDeltas(ledger.model, once.deltas))).toEqual({})
        for (const reversal of undo) {
          const result = post(ledger, [reversal], scenario, false)
          expect(result.ok, JSON.stringify(plain(result))).toBe(true)
          checkInvariants(ledger, scenario, true)
        }
        expect(snapshot(ledger.model)).toEqual({})
      }),
      { numRuns: 80 },
    )
    // The generators reach both outcomes often enough for the run to mean something.
    expect(accepted).toBeGreaterThan(200)
    expect(refused).toBeGreaterThan(100)
  })

  it('under the allow policy, conserves stock, takes the full quantity and spares unusable lots', () => {
    fc.assert(
      fc.property(scenarioArb, postingsArb, (scenario, postings) => {
        const ledger = emptyLedger()
        for (const ops of postings) {
          const lines = linesOf(ops, scenario, ledger.movements, ledger.reversed)
          if (lines.length === 0) continue
          const before = ledger.model
          const result = post(ledger, lines, scenario, true)
          if (!result.ok) {
            // Only what no policy allows: consuming a blocked or expired lot by name, releasing
            // more than is reserved, or no usable lot at all.
            expect(['lot_unavailable', 'insufficient_reserved', 'no_lot']).toContain(result.code)
            expect(ledger.model).toBe(before)
          }
          checkInvariants(ledger, scenario, false)
        }
        const undo = [...ledger.movements].reverse().map(reversalOf)
        for (const reversal of undo) expect(post(ledger, [reversal], scenario, true).ok).toBe(true)
        expect(snapshot(ledger.model)).toEqual({})
      }),
      { numRuns: 30 },
    )
  })
})
