/**
 * Benchmark (not a test): the ledger's `post` against a hand-written set-based SQL transaction
 * doing the same writes, on the same migrated throwaway database, in the same run.
 *
 *   npm run bench:ledger
 *
 * Two scenarios, each at 10, 100 and 1,000 lines (BENCH_SIZES=10,100,1000):
 * - receipt: N distinct items, each received from the supplier into a warehouse with a new lot;
 * - transfer: N distinct items, each with stock in the warehouse, moved to the floor (FIFO).
 * Every measured run gets fresh items, so the ledger and the SQL start from the same state, and
 * afterwards both must have written the same totals. Prints the median of several runs after a
 * warm-up, the ratio ledger/SQL and the ratio of the ledger's largest-size time to its smallest;
 * each ratio also on a line of its own starting with `ratio`. Exits by itself: 0 when done, 1 on
 * any error.
 *
 * Environment: BENCH_REPEATS (5), BENCH_WARMUPS (2); BENCH_HISTORY=H gives every item H earlier
 * receipts (H lots) before the measured posting; BENCH_SQL=values writes the hand-written rows as
 * VALUES lists with one parameter per value instead of one array parameter per column (unnest).
 */
import type { Payload, PayloadRequest } from 'payload'

import { performance } from 'node:perf_hooks'
import {
  commitTransaction,
  createLocalReq,
  getPayload,
  initTransaction,
  killTransaction,
} from 'payload'
import pg from 'pg'

import type { Posting } from '../../src/ledger'
import { post } from '../../src/ledger'
import { ratioLine, runBenchmark } from './runBenchmark'

const sizes = (process.env.BENCH_SIZES ?? '10,100,1000').split(',').map(Number)
if (sizes.length === 0 || !sizes.every((n) => Number.isSafeInteger(n) && n > 0))
  throw new Error(`BENCH_SIZES: give positive line counts separated by commas, not ${sizes}`)
const [smallest, largest] = [Math.min(...sizes), Math.max(...sizes)]
const repeats = Number(process.env.BENCH_REPEATS ?? 5)
const warmups = Number(process.env.BENCH_WARMUPS ?? 2)
const history = Number(process.env.BENCH_HISTORY ?? 0)
const sqlForm: 'unnest' | 'values' = process.env.BENCH_SQL === 'values' ? 'values' : 'unnest'
const targetRatio = 2
const targetScaling = 3

type Scenario = 'receipt' | 'transfer'
type Places = { floor: number; supplier: number; warehouse: number }
type Item = { id: number; sku: string }
/** total: initTransaction + post() + commit; post: post() alone; postSql: its statements. */
type Timing = { post: number; postSql: number; total: number }

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

let batch = 0

/** N fresh items in one statement (the ledger only reads their rows). */
async function createItems(client: pg.Client, n: number): Promise<Item[]> {
  const tag = `B${(batch++).toString(36)}-${Date.now().toString(36)}`
  const { rows } = await client.query<Item>(
    `insert into items (sku, name, kind, unit)
     select $1 || '-' || g, 'Bench item ' || $1 || '-' || g, 'material', 'kg'
     from generate_series(1, $2::int) g
     returning id, sku`,
    [tag, n],
  )
  return rows.sort((a, b) => a.id - b.id)
}

/**
 * Rows for a FROM clause, one column per [type, values]: `unnest($1::int[], …)`, one array
 * parameter per column, or (BENCH_SQL=values) a VALUES list with one parameter per value.
 * Appends the parameters to `params`.
 */
function rowsOf(columns: [type: string, values: unknown[]][], params: unknown[]): string {
  if (sqlForm === 'unnest') {
    const arrays = columns.map(([type, values]) => `$${params.push(values)}::${type}[]`)
    return `unnest(${arrays.join(', ')})`
  }
  const rows = columns[0]![1].map(
    (_, r) => `(${columns.map(([type, values]) => `$${params.push(values[r])}::${type}`)})`,
  )
  return `(values ${rows.join(',')})`
}

const receiptPosting = (key: string, items: Item[], places: Places): Posting => ({
  key,
  lines: items.map((item) => ({
    from: places.supplier,
    item: item.id,
    newLot: { unitCost: '2.5' },
    quantity: '10',
    reason: 'receipt',
    to: places.warehouse,
  })),
})

const transferPosting = (key: string, items: Item[], places: Places): Posting => ({
  key,
  lines: items.map((item) => ({
    from: places.warehouse,
    item: item.id,
    quantity: '4',
    reason: 'transfer',
    strategy: 'fifo',
    to: places.floor,
  })),
})

/** One posting through the ledger in its own Payload transaction. */
async function ledgerRun(payload: Payload, posting: Posting): Promise<Timing> {
  const req = await createLocalReq({}, payload)
  const started = performance.now()
  await initTransaction(req)
  try {
    // Time the statements post() runs on the transaction's drizzle handle.
    const { sessions } = payload.db as unknown as {
      sessions: Record<string, { db: { execute: (...args: unknown[]) => Promise<unknown> } }>
    }
    const db = sessions[String(await req.transactionID)]!.db
    const execute = db.execute.bind(db)
    let postSql = 0
    db.execute = async (...args) => {
      const at = performance.now()
      try {
        return await execute(...args)
      } finally {
        postSql += performance.now() - at
      }
    }
    const postStarted = performance.now()
    const result = await post(req as PayloadRequest, posting)
    const timing = { post: performance.now() - postStarted, postSql }
    await commitTransaction(req)
    if (result.replayed || result.movements.length !== posting.lines.length) {
      throw new Error(`ledger: unexpected result for ${posting.key}`)
    }
    return { ...timing, total: performance.now() - started }
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/**
 * The same writes by hand, set-based, in one transaction on a plain `pg` client: lock the items
 * and every balance of the posting's (item, location) pairs FOR NO KEY UPDATE (as the ledger
 * does), insert the lots (receipts), the movements in one multi-row INSERT, upsert the balances
 * with ON CONFLICT, update the items' on-hand.
 */
async function sqlRun(
  client: pg.Client,
  scenario: Scenario,
  key: string,
  items: Item[],
  places: Places,
): Promise<number> {
  const started = performance.now()
  await client.query('begin')
  try {
    const ids = items.map((i) => i.id)
    const [from, to, quantity] =
      scenario === 'receipt'
        ? [places.supplier, places.warehouse, '10']
        : [places.warehouse, places.floor, '4']

    await client.query(
      `select id from items where id = any($1::int[]) order by id for no key update`,
      [ids],
    )
    const lockParams: unknown[] = []
    const { rows: locked } = await client.query<{
      item_id: number
      location_id: number
      lot_id: number
      on_hand: string
      reserved: string
    }>(
      `select b.item_id, b.location_id, b.lot_id, b.on_hand::text as on_hand, b.reserved::text as reserved
       from stock_balances b
       where (b.item_id, b.location_id) in (
         select p.item, p.location from ${rowsOf(
           [
             ['int', ids.flatMap((id) => [id, id])],
             ['int', ids.flatMap(() => [from, to])],
           ],
           lockParams,
         )} as p(item, location))
       order by b.item_id, b.location_id, b.lot_id
       for no key update of b`,
      lockParams,
    )

    // The lot each line moves.
    const lotOf = new Map<number, number>()
    if (scenario === 'receipt') {
      const lotParams: unknown[] = []
      const { rows } = await client.query<{ id: number; item_id: number }>(
        `insert into lots (code, item_id, received_at, unit_cost, disposition, updated_at, created_at)
         select v.code, v.item, now(), v.unit_cost, 'available', now(), now()
         from ${rowsOf(
           [
             ['varchar', items.map((i) => `${i.sku}-${key}`)],
             ['int', ids],
             ['numeric', ids.map(() => '2.5')],
           ],
           lotParams,
         )} as v(code, item, unit_cost)
         returning id, item_id`,
        lotParams,
      )
      for (const row of rows) lotOf.set(row.item_id, row.id)
    } else {
      // FIFO over the locked rows: the oldest lot (lowest id, received first) with enough stock.
      for (const b of locked) {
        const free = Number(b.on_hand) - Number(b.reserved)
        if (b.location_id === from && !lotOf.has(b.item_id) && free >= Number(quantity)) {
          lotOf.set(b.item_id, b.lot_id)
        }
      }
    }

    const movementParams: unknown[] = [key, `hash-${key}`]
    await client.query(
      `insert into stock_movements (item_id, lot_id, quantity, from_id, to_id, unit_cost, reason,
         posting_key, posting_hash, idempotency_key, posted_at, updated_at, created_at)
       select m.item, m.lot, m.quantity, m.from_id, m.to_id, m.unit_cost, '${scenario}',
         $1, $2, m.key, now(), now(), now()
       from ${rowsOf(
         [
           ['int', ids],
           ['int', ids.map((id) => lotOf.get(id)!)],
           ['numeric', ids.map(() => quantity)],
           ['int', ids.map(() => from)],
           ['int', ids.map(() => to)],
           ['numeric', ids.map(() => '2.5')],
           ['varchar', ids.map((_, n) => `${key}#${n}.0`)],
         ],
         movementParams,
       )} as m(item, lot, quantity, from_id, to_id, unit_cost, key)
       returning id`,
      movementParams,
    )

    // In the ledger's order: item, location, lot.
    const deltas = items
      .flatMap((item) => [
        { item: item.id, location: from, lot: lotOf.get(item.id)!, onHand: `-${quantity}` },
        { item: item.id, location: to, lot: lotOf.get(item.id)!, onHand: quantity },
      ])
      .sort((a, b) => a.item - b.item || a.location - b.location || a.lot - b.lot)
    const balanceParams: unknown[] = []
    await client.query(
      `insert into stock_balances (item_id, location_id, lot_id, on_hand, reserved, available, updated_at, created_at)
       select d.item, d.location, d.lot, d.on_hand, 0, d.on_hand, now(), now()
       from ${rowsOf(
         [
           ['int', deltas.map((d) => d.item)],
           ['int', deltas.map((d) => d.location)],
           ['int', deltas.map((d) => d.lot)],
           ['numeric', deltas.map((d) => d.onHand)],
         ],
         balanceParams,
       )} as d(item, location, lot, on_hand)
       on conflict (item_id, location_id, lot_id) do update set
         on_hand = stock_balances.on_hand + excluded.on_hand,
         reserved = stock_balances.reserved + excluded.reserved,
         available = stock_balances.available + excluded.on_hand - excluded.reserved,
         updated_at = now()`,
      balanceParams,
    )

    // Per item, the sum over physical locations: +10 for a receipt, 0 for a transfer (the ledger
    // writes that zero too).
    const itemParams: unknown[] = []
    await client.query(
      `update items i set on_hand = coalesce(i.on_hand, 0) + v.on_hand,
         available = coalesce(i.available, 0) + v.on_hand
       from ${rowsOf(
         [
           ['int', ids],
           ['numeric', ids.map(() => (scenario === 'receipt' ? quantity : '0'))],
         ],
         itemParams,
       )} as v(id, on_hand)
       where i.id = v.id`,
      itemParams,
    )
    await client.query('commit')
  } catch (error) {
    await client.query('rollback')
    throw error
  }
  return performance.now() - started
}

/** What was written for a set of items, to check both implementations wrote the same. */
async function footprint(client: pg.Client, items: Item[]) {
  const { rows } = await client.query(
    `select (select count(*) from stock_movements where item_id = any($1::int[])) as movements,
       (select count(*) from stock_balances where item_id = any($1::int[])) as balances,
       (select sum(on_hand)::text from items where id = any($1::int[])) as on_hand,
       (select string_agg(location_id || ':' || on_hand::text, ',' order by location_id)
          from (select location_id, sum(on_hand) as on_hand from stock_balances
                where item_id = any($1::int[]) group by location_id) s) as stock`,
    [items.map((i) => i.id)],
  )
  return JSON.stringify(rows[0])
}

runBenchmark('bench', 55440, async ({ databaseUri, opened }) => {
  const client = new pg.Client({ connectionString: databaseUri })
  try {
    process.env.DATABASE_URI = databaseUri
    process.env.PAYLOAD_DB_PUSH = 'false'
    const config = await (await import('../../demo/payload.config')).default
    const app = opened(await getPayload({ config }))
    await client.connect()

    const { docs } = await app.find({
      collection: 'locations',
      limit: 10,
      where: { kind: { equals: 'virtual' } },
    })
    const supplier = docs.find((d) => d.virtualRole === 'supplier')?.id
    if (typeof supplier !== 'number') throw new Error('no virtual supplier location')
    const warehouse = await app.create({
      collection: 'locations',
      data: { kind: 'warehouse', name: 'Bench warehouse' },
    })
    const floor = await app.create({
      collection: 'locations',
      data: { kind: 'production_floor', name: 'Bench floor' },
    })
    const places: Places = { floor: floor.id, supplier, warehouse: warehouse.id }

    let run = 0
    /** A ledger run and a SQL run of the same shape on fresh items, in alternating order. */
    const pair = async (scenario: Scenario, n: number) => {
      const id = run++
      const ledgerItems = await createItems(client, n)
      const sqlItems = await createItems(client, n)
      // Earlier receipts (BENCH_HISTORY), and the stock a transfer moves: through the ledger,
      // not timed, the same for both item sets.
      const earlier = history + (scenario === 'transfer' ? 1 : 0)
      for (let h = 0; h < earlier; h++) {
        for (const [side, items] of [
          ['l', ledgerItems],
          ['s', sqlItems],
        ] as const) {
          await ledgerRun(app, receiptPosting(`bench/${id}/seed-${side}-${h}`, items, places))
        }
      }
      const posting = (scenario === 'receipt' ? receiptPosting : transferPosting)(
        `bench/${id}/ledger`,
        ledgerItems,
        places,
      )
      const runSql = () => sqlRun(client, scenario, `bench/${id}/sql`, sqlItems, places)
      let ledger: Timing
      let sql: number
      if (id % 2 === 0) {
        ledger = await ledgerRun(app, posting)
        sql = await runSql()
      } else {
        sql = await runSql()
        ledger = await ledgerRun(app, posting)
      }
      const [a, b] = [await footprint(client, ledgerItems), await footprint(client, sqlItems)]
      if (a !== b) throw new Error(`${scenario} ${n}: the ledger wrote ${a}, the SQL ${b}`)
      return { ledger, sql }
    }

    const scenarios: Scenario[] = ['receipt', 'transfer']
    process.stdout.write(`warming up (${warmups} runs per scenario and size)…`)
    for (let w = 0; w < warmups; w++) {
      for (const scenario of scenarios) for (const n of sizes) await pair(scenario, n)
    }
    process.stdout.write(` measuring (${repeats} runs each)…\n`)
    const results = new Map<string, { ledger: Timing[]; sql: number[] }>()
    for (let r = 0; r < repeats; r++) {
      for (const scenario of scenarios) {
        for (const n of sizes) {
          const { ledger, sql } = await pair(scenario, n)
          const entry = results.get(`${scenario}:${n}`) ?? { ledger: [], sql: [] }
          entry.ledger.push(ledger)
          entry.sql.push(sql)
          results.set(`${scenario}:${n}`, entry)
        }
      }
    }

    const { server_version: version } = (await client.query('show server_version')).rows[0]
    const ms = (value: number, width = 8) => value.toFixed(1).padStart(width)
    const verdict = (pass: boolean) => (pass ? 'ok' : 'MISSED')
    const lines = [
      '',
      `Ledger post() vs hand-written set-based SQL (${sqlForm}) — median of ${repeats} runs, ms` +
        ` — PostgreSQL ${version}${history ? ` — ${history} earlier lots per item` : ''}`,
      `scenario   lines    ledger      post  post SQL   post JS  hand SQL  ledger/SQL (≤ ${targetRatio})`,
    ]
    const scaling: string[] = []
    const ratios: string[] = []
    for (const scenario of scenarios) {
      const ledgerAt = (n: number) =>
        median(results.get(`${scenario}:${n}`)!.ledger.map((t) => t.total))
      for (const n of sizes) {
        const { ledger, sql } = results.get(`${scenario}:${n}`)!
        const postTime = median(ledger.map((t) => t.post))
        const postSql = median(ledger.map((t) => t.postSql))
        const postJs = median(ledger.map((t) => t.post - t.postSql))
        const ratio = ledgerAt(n) / median(sql)
        ratios.push(ratioLine(`ledger/sql ${scenario} ${n} lines`, ratio, targetRatio))
        lines.push(
          `${scenario.padEnd(9)}${String(n).padStart(7)}${ms(ledgerAt(n), 10)}${ms(postTime, 10)}${ms(postSql, 10)}` +
            `${ms(postJs, 10)}${ms(median(sql), 10)}${ratio.toFixed(2).padStart(8)}  ${verdict(ratio <= targetRatio)}`,
        )
      }
      const factor = ledgerAt(largest) / ledgerAt(smallest)
      const sqlAt = (n: number) => median(results.get(`${scenario}:${n}`)!.sql)
      scaling.push(
        `${scenario.padEnd(9)} ledger ${largest} lines / ${smallest} lines = ${factor.toFixed(1)}× (≤ ${targetScaling}×) ${verdict(factor <= targetScaling)}` +
          `   hand SQL: ${(sqlAt(largest) / sqlAt(smallest)).toFixed(1)}×`,
      )
      ratios.push(
        ratioLine(`ledger ${largest}/${smallest} lines ${scenario}`, factor, targetScaling),
      )
    }
    lines.push(
      ...scaling,
      'ledger = initTransaction + post() + commit; post SQL = time inside its statements; post JS =',
      'post − post SQL; hand SQL = BEGIN … COMMIT on a plain pg client. Fresh items per run; both',
      'sides checked to have written the same movements, balances and on-hand.',
      '',
      ...ratios,
    )
    console.log(lines.join('\n'))
  } finally {
    await client.end().catch(() => undefined)
  }
})
