/**
 * Benchmark (not a test): reads a production manager waits for (a lot traced six levels, the
 * production dashboard and its charts), on a ledger of ten thousand
 * stock movements and then of one million (BENCH_SIZES=10000,1000000), in one database grown
 * between the two. The data (see test/support/traceBenchData) is trees of production six levels deep, written with
 * set-based SQL. Each measurement is a named read taking a request; it runs BENCH_WARMUPS (3)
 * times unmeasured, then BENCH_REPEATS (20) times; prints p50 and p95 at each size, whether the
 * largest size's p95 is under the target (1 s), and the ratio of the largest size's p50 to the
 * smallest's on a line starting with `ratio`. Exits by itself: 0 when done, 1 on any error.
 *
 *   npm run bench:trace
 */
import type { PayloadRequest } from 'payload'

import { performance } from 'node:perf_hooks'
import { createLocalReq, getPayload } from 'payload'
import pg from 'pg'

import {
  loadCharts,
  loadLocationValues,
  loadPlannedProduced,
  loadProductCosts,
  loadStageLosses,
} from '../../src/dashboard/loadCharts'
import { loadDashboard } from '../../src/dashboard/loadDashboard'
import { verifyLedger } from '../../src/ledger/verifyLedger'
import { transactionDb } from '../../src/platform/transactionDb'
import { traceLot } from '../../src/traceability/actions/traceLot'
import { loadTrace } from '../../src/traceability/loadTrace'
import { ratioLine, runBenchmark } from './runBenchmark'
import {
  chainEnds,
  levels,
  movementsPerTree,
  type Places,
  settleItems,
  writeTrees,
} from '../support/traceBenchData'

const sizes = (process.env.BENCH_SIZES ?? '10000,1000000').split(',').map(Number)
if (sizes.length === 0 || !sizes.every((n) => Number.isSafeInteger(n) && n > 0))
  throw new Error(`BENCH_SIZES: give movement counts separated by commas, not ${sizes}`)
sizes.sort((a, b) => a - b)
const repeats = Number(process.env.BENCH_REPEATS ?? 20)
const warmups = Number(process.env.BENCH_WARMUPS ?? 3)
const targetMs = 1000
/** Trees written per transaction while the database grows. */
const treesPerBatch = 200

/** A read to time: its name and what it runs with a request. */
type Measurement = { name: string; run: (req: PayloadRequest) => Promise<unknown> }

/** The reads measured, on the chain of the first tree (its ends are the same at every size). */
const measurements = (chain: { leaf: number; root: number }): Measurement[] => [
  {
    name: `traceLot backward (${levels} levels)`,
    run: (req) => traceLot.perform(req, { lot: chain.leaf }),
  },
  {
    name: `traceLot forward (${levels} levels)`,
    run: (req) => traceLot.perform(req, { lot: chain.root }),
  },
  {
    name: `loadTrace backward (${levels} levels)`,
    run: (req) => loadTrace(req, chain.leaf, 'backward'),
  },
  {
    name: `loadTrace forward (${levels} levels)`,
    run: (req) => loadTrace(req, chain.root, 'forward'),
  },
  { name: 'dashboard figures (7 days)', run: (req) => loadDashboard(req, { days: 7 }) },
  { name: 'chart: planned and produced', run: (req) => loadPlannedProduced(req, { days: 30 }) },
  { name: 'chart: losses by stage', run: (req) => loadStageLosses(req, { days: 30 }) },
  { name: 'chart: cost per product', run: (req) => loadProductCosts(req, { days: 30 }) },
  { name: 'chart: on-hand value', run: (req) => loadLocationValues(req, { days: 30 }) },
  { name: 'dashboard charts (30 days)', run: (req) => loadCharts(req, { days: 30 }) },
]

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

async function time(
  payload: Parameters<typeof createLocalReq>[1],
  user: Parameters<typeof createLocalReq>[0]['user'],
  measurement: Measurement,
) {
  const timings: number[] = []
  for (let n = 0; n < warmups + repeats; n++) {
    const req = await createLocalReq({ user }, payload)
    const started = performance.now()
    await measurement.run(req)
    if (n >= warmups) timings.push(performance.now() - started)
  }
  return { p50: percentile(timings, 50), p95: percentile(timings, 95) }
}

runBenchmark('bench-trace', 55445, async ({ databaseUri, opened }) => {
  process.env.DATABASE_URI = databaseUri
  process.env.PAYLOAD_DB_PUSH = 'false'
  const config = await (await import('../../demo/payload.config')).default
  const payload = opened(await getPayload({ config }))
  const client = new pg.Client({ connectionString: databaseUri })
  await client.connect()
  try {
    // The first user is the administrator: the dashboard reads what its user may see.
    const user = {
      ...(await payload.create({
        collection: 'users',
        data: { email: 'bench@example.com', name: 'Bench', password: 'bench-password' },
      })),
      collection: 'users' as const,
    }
    const place = async (name: string, kind: 'production_floor' | 'warehouse') =>
      (await payload.create({ collection: 'locations', data: { kind, name } })).id
    const { rows: virtual } = await client.query<{ id: number; virtual_role: string }>(
      `select id, virtual_role from locations where virtual_role in ('supplier', 'production')`,
    )
    const places: Places = {
      floor: await place('Bench floor', 'production_floor'),
      production: virtual.find((v) => v.virtual_role === 'production')!.id,
      supplier: virtual.find((v) => v.virtual_role === 'supplier')!.id,
      warehouse: await place('Bench warehouse', 'warehouse'),
    }
    const item = async (sku: string, kind: 'material' | 'product') =>
      (await payload.create({ collection: 'items', data: { kind, name: sku, sku, unit: 'kg' } })).id
    const items = {
      byLevel: [await item('BENCH-RAW', 'material')],
      extra: await item('BENCH-EXTRA', 'material'),
    }
    for (let level = 1; level <= levels; level++)
      items.byLevel.push(await item(`BENCH-L${level}`, 'product'))
    const { docs: statuses } = await payload.find({
      collection: 'production-statuses',
      pagination: false,
      sort: '-_order',
    })

    const results: {
      figures: Record<string, { p50: number; p95: number }>
      movements: number
    }[] = []
    let trees = 0
    for (const size of sizes) {
      const wanted = Math.ceil(size / movementsPerTree)
      const built = performance.now()
      while (trees < wanted) {
        const to = Math.min(wanted, trees + treesPerBatch)
        await writeTrees(client, trees, to, places, items, statuses[0]!.id)
        trees = to
      }
      await settleItems(client)
      await client.query('analyze')
      const { rows } = await client.query<{ count: number }>(
        `select count(*)::int as count from stock_movements`,
      )
      const movements = rows[0]!.count
      console.log(
        `\n${movements.toLocaleString('en')} movements (${trees} trees, built in ${((performance.now() - built) / 1000).toFixed(1)} s)`,
      )
      if (movements <= 100_000) {
        const check = await verifyLedger(await transactionDb(await createLocalReq({}, payload)))
        if (!check.ok)
          throw new Error(`the bench's ledger does not add up: ${check.differences[0]?.message}`)
      }
      const figures: Record<string, { p50: number; p95: number }> = {}
      for (const measurement of measurements(await chainEnds(client, 0))) {
        figures[measurement.name] = await time(payload, user, measurement)
        const { p50, p95 } = figures[measurement.name]!
        console.log(
          `${measurement.name.padEnd(34)} p50 ${p50.toFixed(1)} ms   p95 ${p95.toFixed(1)} ms`,
        )
      }
      results.push({ figures, movements })
    }
    const [smallest, largest] = [results[0]!, results[results.length - 1]!]
    console.log(
      `\nAt ${largest.movements.toLocaleString('en')} movements, p95 under ${targetMs} ms:`,
    )
    for (const [name, { p95 }] of Object.entries(largest.figures))
      console.log(`${name.padEnd(34)} ${p95 <= targetMs ? 'ok' : 'MISSED'}`)
    for (const name of Object.keys(largest.figures)) {
      console.log(
        ratioLine(
          `${name} p50 at ${largest.movements}/${smallest.movements}`,
          largest.figures[name]!.p50 / smallest.figures[name]!.p50,
        ),
      )
    }
  } finally {
    await client.end()
  }
})
