/**
 * Benchmark (not a test): status changes under concurrent load, against hand-written SQL doing the
 * same writes, on the same migrated throwaway database, in the same run.
 *
 *   npm run bench:load
 *
 * BENCH_EXECUTIONS executions of a BENCH_COMPONENTS-material recipe wait in the first status;
 * BENCH_CLIENTS clients move them, each its next one as soon as the last answered, to the second
 * status, which deducts their materials (`PATCH /api/executions/<id>` through Payload's REST
 * handler with a JWT). The baseline moves as many other executions, with the same concurrency on
 * a pool as large as the app's, by one SQL transaction each that writes what the plugin wrote for
 * one of its own: it locks the execution and the balances, inserts the same movements, applies
 * them to the balances and the items' totals, records the status postings and sets the status. Prints throughput,
 * p50/p95 latency of both, and their ratio (goal: the plugin ≥ 25% of the SQL). Exits by itself.
 *
 * Environment: BENCH_EXECUTIONS (200), BENCH_CLIENTS (10), BENCH_COMPONENTS (3).
 */
import type { SanitizedConfig } from 'payload'

import { performance } from 'node:perf_hooks'
import { getPayload, handleEndpoints } from 'payload'
import pg from 'pg'

import { ratioLine, runBenchmark } from './runBenchmark'

const executions = Number(process.env.BENCH_EXECUTIONS ?? 200)
const clients = Number(process.env.BENCH_CLIENTS ?? 10)
const components = Number(process.env.BENCH_COMPONENTS ?? 3)
const goal = 0.25

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))]!
}

async function rest(
  config: SanitizedConfig,
  method: 'PATCH' | 'POST',
  path: string,
  body: unknown,
  token?: string,
) {
  const request = new Request(`http://localhost:3000/api${path}`, {
    body: JSON.stringify(body),
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `JWT ${token}` } : {}),
    },
    method,
  })
  const response = await handleEndpoints({ config, path: `/api${path.split('?')[0]}`, request })
  const text = await response.text()
  return { body: text ? JSON.parse(text) : null, status: response.status }
}

/** Runs `work` over `ids` with `clients` workers; the latency of each and the wall time. */
async function drive(ids: number[], work: (id: number) => Promise<void>) {
  const queue = [...ids]
  const latencies: number[] = []
  const started = performance.now()
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
        const t = performance.now()
        await work(id)
        latencies.push(performance.now() - t)
      }
    }),
  )
  const seconds = (performance.now() - started) / 1000
  return { latencies, perSecond: ids.length / seconds, seconds }
}

type Movement = {
  id: number
  from_id: number
  item_id: number
  lot_id: number
  quantity: string
  reason: string
  to_id: number
  unit_cost: null | string
}

runBenchmark('bench-load', 55444, async ({ databaseUri, opened }) => {
  const sqlPool = new pg.Pool({ connectionString: databaseUri, max: 10 })
  try {
    process.env.DATABASE_URI = databaseUri
    process.env.PAYLOAD_DB_PUSH = 'false'
    const config = await (await import('../../demo/payload.config')).default
    const payload = opened(await getPayload({ config }))

    const credentials = { email: 'bench@example.com', password: 'bench-password' }
    await payload.create({ collection: 'users', data: { ...credentials, name: 'Bench' } })
    const token: string = (await rest(config, 'POST', '/users/login', credentials)).body.token
    const { docs: statuses } = await payload.find({
      collection: 'production-statuses',
      pagination: false,
      sort: '_order',
    })
    const [initial, deducting] = [statuses[0]!.id, statuses[1]!.id]

    const floor = await payload.create({
      collection: 'locations',
      data: { kind: 'production_floor', name: 'Load floor' },
    })
    const materials = []
    for (let n = 1; n <= components; n++) {
      materials.push(
        await payload.create({
          collection: 'items',
          data: { kind: 'material', name: `Load material ${n}`, sku: `LM-${n}`, unit: 'kg' },
        }),
      )
    }
    const product = await payload.create({
      collection: 'items',
      data: { kind: 'product', name: 'Load product', sku: 'LP', unit: 'pcs' },
    })
    await payload.create({
      collection: 'inventory-adjustments',
      data: {
        lines: materials.map((m) => ({ item: m.id, quantityDelta: executions * 4 })),
        location: floor.id,
        type: 'found',
      },
    })
    await payload.create({
      collection: 'boms',
      data: {
        basis: 'per_unit',
        components: materials.map((m) => ({ item: m.id, quantity: 1 })),
        outputQuantity: 1,
        product: product.id,
      },
    })
    const fresh = async () => {
      const ids: number[] = []
      for (let n = 0; n < executions; n++) {
        const doc = await payload.create({
          collection: 'executions',
          data: {
            plannedQuantity: 1,
            product: product.id,
            productionDate: '2026-12-04',
            productionFloor: floor.id,
            status: initial,
          },
        })
        ids.push(doc.id)
      }
      return ids
    }

    process.stdout.write(`creating ${executions} executions for each side…\n`)
    const pluginIds = await fresh()
    const sqlIds = await fresh()

    process.stdout.write(`plugin: ${clients} clients moving ${executions} executions…\n`)
    const since = new Date()
    const plugin = await drive(pluginIds, async (id) => {
      const { body, status } = await rest(
        config,
        'PATCH',
        `/executions/${id}?depth=0`,
        { status: deducting },
        token,
      )
      if (status !== 200) throw new Error(`PATCH ${status}: ${JSON.stringify(body)}`)
    })

    // What the plugin wrote for one of its executions: the baseline writes the same per execution.
    const db = sqlPool
    const reference = pluginIds[0]!
    const { rows: template } = await db.query<Movement>(
      `select id, item_id, lot_id, quantity::text as quantity, from_id, to_id, unit_cost::text as unit_cost, reason::text as reason
       from stock_movements where source_collection = 'executions' and source_id = $1
         and posted_at >= $2 order by id`,
      [String(reference), since],
    )
    // Each posting's movements as their places in the template, to link the baseline's own.
    const { rows: postings } = await db.query(
      `select p.line, p.action::text as action, p.item_id, p.quantity::text as quantity, p.due_status_id,
         coalesce(json_agg(r.stock_movements_id order by r."order") filter (where r.id is not null), '[]') as movements
       from status_postings p left join status_postings_rels r on r.parent_id = p.id and r.path = 'movements'
       where p.document_collection = 'executions' and p.document_id = $1 and p.created_at >= $2
       group by p.id`,
      [reference, since],
    )
    const place = new Map(template.map((m, n) => [m.id, n]))
    for (const posting of postings)
      posting.movements = posting.movements.map((id: number) => place.get(id))
    if (template.length === 0) throw new Error('the plugin posted nothing to mirror')
    const items = [...new Set(template.map((m) => m.item_id))]

    process.stdout.write(`SQL: ${clients} clients moving ${executions} executions…\n`)
    const sql = await drive(sqlIds, async (id) => {
      const client = await db.connect()
      try {
        await client.query('begin')
        await client.query('select status_id from executions where id = $1 for no key update', [id])
        await client.query(
          `select lot_id from stock_balances where item_id = any($1) and location_id = $2
           order by item_id, location_id, lot_id for no key update`,
          [items, floor.id],
        )
        const key = `sql/executions/${id}/status`
        const { rows: inserted } = await client.query<{ id: number }>(
          `insert into stock_movements (item_id, lot_id, quantity, from_id, to_id, unit_cost, reason, source_collection,
             source_id, posting_key, posting_hash, idempotency_key, posted_at, updated_at, created_at)
           select m.item_id, m.lot_id, m.quantity, m.from_id, m.to_id, m.unit_cost, m.reason::enum_stock_movements_reason,
             'executions', $2, $3::text, 'sql', $3::text || '#' || m.n, now(), now(), now()
           from jsonb_to_recordset($1) as m(item_id int, lot_id int, quantity numeric, from_id int, to_id int,
             unit_cost numeric, reason text, n int)
           order by m.n
           returning id`,
          [JSON.stringify(template.map((m, n) => ({ ...m, n }))), String(id), key],
        )
        const deltas = template.flatMap((m) =>
          m.reason === 'reserve' || m.reason === 'release'
            ? [
                {
                  item: m.item_id,
                  location: m.from_id,
                  lot: m.lot_id,
                  on_hand: '0',
                  reserved: m.reason === 'reserve' ? m.quantity : `-${m.quantity}`,
                },
              ]
            : [
                {
                  item: m.item_id,
                  location: m.from_id,
                  lot: m.lot_id,
                  on_hand: `-${m.quantity}`,
                  reserved: '0',
                },
                {
                  item: m.item_id,
                  location: m.to_id,
                  lot: m.lot_id,
                  on_hand: m.quantity,
                  reserved: '0',
                },
              ],
        )
        await client.query(
          `insert into stock_balances (item_id, location_id, lot_id, on_hand, reserved, available, updated_at, created_at)
           select d.item, d.location, d.lot, sum(d.on_hand), sum(d.reserved), sum(d.on_hand) - sum(d.reserved), now(), now()
           from jsonb_to_recordset($1) as d(item int, location int, lot int, on_hand numeric, reserved numeric)
           group by d.item, d.location, d.lot
           order by d.item, d.location, d.lot
           on conflict (item_id, location_id, lot_id) do update set
             on_hand = stock_balances.on_hand + excluded.on_hand,
             reserved = stock_balances.reserved + excluded.reserved,
             available = stock_balances.available + excluded.on_hand - excluded.reserved,
             updated_at = now()`,
          [JSON.stringify(deltas)],
        )
        // The per-item totals the ledger keeps over physical locations (here: the floor).
        await client.query(
          `update items i set on_hand = coalesce(i.on_hand, 0) + t.on_hand,
             available = coalesce(i.available, 0) + t.on_hand - t.reserved
           from (select d.item, sum(d.on_hand) as on_hand, sum(d.reserved) as reserved
                 from jsonb_to_recordset($1) as d(item int, location int, on_hand numeric, reserved numeric)
                 where d.location = $2 group by d.item) t
           where i.id = t.item`,
          [JSON.stringify(deltas), floor.id],
        )
        await client.query(
          `with p as (
             select * from jsonb_to_recordset($1) as p(line text, action text, item_id int,
               quantity numeric, due_status_id int, movements jsonb)
           ), made as (
             insert into status_postings (document_collection, document_id, line, action, item_id, quantity,
               due_status_id, posting_key, updated_at, created_at)
             select 'executions', $2, p.line, p.action::enum_status_postings_action, p.item_id, p.quantity,
               p.due_status_id, $3, now(), now()
             from p
             returning id, line
           )
           insert into status_postings_rels ("order", parent_id, path, stock_movements_id)
           select m.n, made.id, 'movements', m.id::int
           from made join p on p.line = made.line
             cross join lateral jsonb_array_elements_text(p.movements) with ordinality as m(id, n)`,
          [
            JSON.stringify(
              postings.map((p) => ({
                ...p,
                movements: p.movements.map((n: number) => inserted[n]!.id),
              })),
            ),
            id,
            `sql/executions/${id}/status`,
          ],
        )
        await client.query(
          'update executions set status_id = $2, updated_at = now() where id = $1',
          [id, deducting],
        )
        await client.query('commit')
      } catch (error) {
        await client.query('rollback')
        throw error
      } finally {
        client.release()
      }
    })

    const ms = (v: number) => `${v.toFixed(1)} ms`
    const rows = [
      ['', 'moves/s', 'p50', 'p95', 'wall'],
      [
        'plugin (REST PATCH)',
        plugin.perSecond.toFixed(1),
        ms(percentile(plugin.latencies, 0.5)),
        ms(percentile(plugin.latencies, 0.95)),
        `${plugin.seconds.toFixed(2)} s`,
      ],
      [
        'hand-written SQL',
        sql.perSecond.toFixed(1),
        ms(percentile(sql.latencies, 0.5)),
        ms(percentile(sql.latencies, 0.95)),
        `${sql.seconds.toFixed(2)} s`,
      ],
    ]
    process.stdout.write(
      `\n${executions} status changes to a deducting status, ${components} materials each, ${clients} concurrent clients, ${template.length} movements per change\n\n`,
    )
    for (const row of rows)
      process.stdout.write(
        `${row.map((c, i) => (i === 0 ? c.padEnd(22) : c.padStart(10))).join(' ')}\n`,
      )
    process.stdout.write(
      `\n${ratioLine('plugin/sql status changes per second', plugin.perSecond / sql.perSecond, goal, true)}\n`,
    )
  } finally {
    await sqlPool.end()
  }
})
