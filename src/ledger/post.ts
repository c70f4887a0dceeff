import type { PayloadRequest } from 'payload'

import Big from 'big.js'
import { createHash } from 'node:crypto'

import { movementKeyOf, parseMovementKey, spokenKeyOf } from '../platform/rules/idempotency'
import { isPhysical } from './rules/movementRules'
import { consumedCost, outputUnitCost } from './rules/costing'
import { planPosting, type PlanLine, type PlannedMovement } from './rules/planPosting'
import { conflict, explainUniqueViolation, invalid } from '../platform/errors'
import { inTransaction } from '../platform/inTransaction'
import { loadContext, loadLots, type PostingContext } from './loadContext'
import type { PostedMovement, Posting, PostingResult } from './postingTypes'
import { type Db, query, sql, transactionDb } from '../platform/transactionDb'
import { validatePosting, type ValidPosting } from './validatePosting'
import {
  applyDeltas,
  insertLots,
  insertMovements,
  lockBalances,
  type MovementRow,
} from './writeLedger'

const fingerprint = (posting: ValidPosting): string =>
  createHash('sha256')
    .update(JSON.stringify({ lines: posting.lines, source: posting.source }))
    .digest('hex')

const toPosted = (row: MovementRow): PostedMovement => ({
  from: row.from_id,
  id: row.id,
  item: row.item_id,
  line: parseMovementKey(row.idempotency_key)!.line,
  lot: row.lot_id,
  quantity: row.quantity,
  reason: row.reason,
  to: row.to_id,
  unitCost: row.unit_cost,
})

/**
 * The movements already posted under `key`. Takes the key's lock first: concurrent postings of
 * one key queue there, so the second sees the first's movements once it commits.
 */
async function postedMovements(req: PayloadRequest, key: string): Promise<MovementRow[]> {
  const db = await transactionDb(req)
  await query(db, sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`)
  return query<MovementRow>(
    db,
    sql`select id, item_id, lot_id, quantity::text as quantity, from_id, to_id, unit_cost::text as unit_cost,
          reason::text as reason, source_line, idempotency_key, posting_hash
        from stock_movements where posting_key = ${key} order by id`,
  )
}

/** What a posting under `key` wrote, for callers that answer a retry before rebuilding its lines. */
export async function findPosting(req: PayloadRequest, key: string): Promise<PostingResult | null> {
  const rows = await postedMovements(req, key)
  return rows.length ? { movements: rows.map(toPosted), replayed: true } : null
}

/**
 * Posts one posting: all its movements or none, in the request's transaction, or in one of its
 * own when the request has none (see the guarantees in ./index.ts). A constant number of
 * statements whatever the number of lines.
 */
export function post(req: PayloadRequest, input: Posting): Promise<PostingResult> {
  return inTransaction(req, () => postInTransaction(req, input))
}

async function postInTransaction(req: PayloadRequest, input: Posting): Promise<PostingResult> {
  const posting = validatePosting(input)
  const hash = fingerprint(posting)
  const db = await transactionDb(req)

  const previous = await postedMovements(req, posting.key)
  if (previous.length > 0) {
    if (previous[0]!.posting_hash !== hash) {
      throw conflict(
        `The idempotency key "${spokenKeyOf(posting.key)}" was already used for a different posting; nothing was written.`,
      )
    }
    return { movements: previous.map(toPosted), replayed: true }
  }

  const context = await loadContext(db, posting.lines)
  const created = await createNewLots(db, posting)
  const lines = resolveLines(posting, context, created)

  const { balances, lots } = await lockStock(db, lines, context)
  const plan = planPosting({
    allowsNegative: allowsNegative(context),
    balances,
    lines,
    locations: context.locations,
    lots,
    now: new Date(),
  })
  if (!plan.ok) {
    const item = context.items.get(plan.item)!
    const location = context.locations.get(plan.location)!
    const where = `lines[${plan.line}]`
    if (!('available' in plan)) {
      throw conflict(
        plan.code === 'no_lot'
          ? `${where}: ${item.sku} has no lot at ${location.name} to take from.`
          : `${where}: the lot named for ${item.sku} at ${location.name} is blocked or expired.`,
      )
    }
    const what = plan.code === 'insufficient_reserved' ? 'reserved' : 'available'
    throw conflict(
      `${where}: not enough ${item.sku} (${item.name}) at ${location.name}: ${plan.available.toFixed()} ${what}, ${plan.required.toFixed()} required. Nothing was written.`,
      {
        available: plan.available.toFixed(),
        code: plan.code,
        item: item.id,
        line: plan.line,
        location: location.id,
        required: plan.required.toFixed(),
      },
    )
  }

  await costAbsorbingLot(db, posting, plan.movements, created)

  const rows = await writeMovements(req, db, posting, hash, plan.movements)
  await applyDeltas(db, plan.deltas, (location) => isPhysical(context.locations.get(location)!))
  const byKey = new Map(rows.map((r) => [r.idempotency_key, r]))
  return {
    movements: plan.movements.map((m) =>
      toPosted(byKey.get(movementKeyOf(posting.key, m.line, m.part))!),
    ),
    replayed: false,
  }
}

/** The lots the posting's lines create, by line index. */
const createNewLots = (db: Db, posting: ValidPosting) =>
  insertLots(
    db,
    posting.lines.flatMap((line, index) =>
      line.newLot ? [{ item: line.item, line: index, lot: line.newLot }] : [],
    ),
    posting.source ? `${posting.source.collection}/${posting.source.id}` : null,
  ).catch((error: unknown) => {
    throw explainUniqueViolation(error)
  })

/**
 * The lines as the plan takes them: a new lot's id in place of its description, and each line's
 * lot strategy (the item's unless named); a custom-strategy item must name its lots.
 */
function resolveLines(
  posting: ValidPosting,
  context: PostingContext,
  created: Map<number, number>,
): PlanLine[] {
  return posting.lines.map((line, index) => {
    const item = context.items.get(line.item)!
    const lot = created.get(index) ?? line.lot
    const strategy = line.strategy ?? (item.lotStrategy === 'lifo' ? 'lifo' : 'fifo')
    if (lot === undefined && !line.lots && item.lotStrategy === 'custom' && !line.strategy) {
      throw invalid(
        `lines[${index}].lots`,
        `${item.sku} uses custom lot selection: name the lots to take`,
      )
    }
    return { ...line, lot, strategy }
  })
}

/**
 * Only the stock a line can take from needs its rows locked and read: the physical side it
 * leaves, and there only rows holding something or named by a line. Destination rows and the
 * virtual side are upserted under the item lock; empty history rows would only cost time.
 */
async function lockStock(db: Db, lines: PlanLine[], context: PostingContext) {
  const pairs = [
    ...new Map(
      lines
        .filter((l) => isPhysical(context.locations.get(l.from)!))
        .map((l) => [`${l.item}:${l.from}`, { item: l.item, location: l.from }] as const),
    ).values(),
  ]
  const named = lines.flatMap((l) => [
    ...(l.lot ? [l.lot] : []),
    ...(l.lots ?? []).map((e) => e.lot),
  ])
  const balances = await lockBalances(db, pairs, named)
  const lots = await loadLots(db, [...balances.map((b) => b.lot_id), ...named])
  return {
    balances: balances.map((b) => ({
      item: b.item_id,
      location: b.location_id,
      lot: b.lot_id,
      onHand: new Big(b.on_hand),
      reserved: new Big(b.reserved),
    })),
    lots,
  }
}

/** An item may go below zero when its policy, or the settings' it inherits, allows it. */
const allowsNegative = (context: PostingContext) => (item: number) => {
  const policy = context.items.get(item)!.negativeStock
  return policy === 'allow' || (policy === 'inherit' && context.policy === 'allow')
}

/** Inserts the planned movements, each keyed by its line and part, signed by the poster. */
async function writeMovements(
  req: PayloadRequest,
  db: Db,
  posting: ValidPosting,
  hash: string,
  movements: PlannedMovement[],
) {
  const user = req.user as { collection?: string; id?: number } | null
  return insertMovements(
    db,
    movements.map((m) => ({
      ...m,
      key: movementKeyOf(posting.key, m.line, m.part),
      sourceLine: posting.lines[m.line]!.sourceLine,
    })),
    {
      hash,
      key: posting.key,
      postedBy:
        typeof user?.id === 'number' && user.collection === postedByCollection(req)
          ? user.id
          : null,
      source: posting.source,
    },
  ).catch((error: unknown) => {
    throw explainUniqueViolation(error)
  })
}

/**
 * Costs the new lot that absorbs the posting's consumption (see NewLotInput.absorbConsumed): its
 * movements and its lot row get (extra + Σ consumed quantity × lot cost) ÷ its quantity.
 */
async function costAbsorbingLot(
  db: Awaited<ReturnType<typeof transactionDb>>,
  posting: ValidPosting,
  movements: PlannedMovement[],
  created: Map<number, number>,
): Promise<void> {
  const index = posting.lines.findIndex((line) => line.newLot?.absorbs)
  if (index < 0) return
  const line = posting.lines[index]!
  const consumed = consumedCost(
    movements.filter((m) => posting.lines[m.line]!.reason === 'consume'),
  )
  const unitCost = outputUnitCost(consumed, line.newLot!.absorbs!, line.quantity)!
  for (const movement of movements) if (movement.line === index) movement.unitCost = unitCost
  await query(
    db,
    sql`update lots set unit_cost = ${unitCost.toFixed()} where id = ${created.get(index)!}`,
  )
}

const postedByCollection = (req: PayloadRequest): string | undefined => {
  const field = req.payload.collections['stock-movements']?.config.fields.find(
    (f) => 'name' in f && f.name === 'postedBy',
  ) as { relationTo?: string } | undefined
  return field?.relationTo
}
