/**
 * Benchmark (not a test): exporting the executions list as CSV, 100,000 rows by default, through
 * the same generator the `GET /api/executions/export.csv` endpoint streams. Prints the time, the
 * rows per second and how far the process's memory rose above where it started (target: under
 * 200 MB), sampled while the export runs, and that rise's ratio to its target on a line starting
 * with `ratio`. Exits by itself: 0 when done, 1 on any error. The executions are written with one set-based insert so
 * the setup does not dominate the run.
 *
 *   npm run bench:export            BENCH_ROWS=100000, BENCH_PAGE=200 (rows per query)
 */
import { performance } from 'node:perf_hooks'
import { createLocalReq, getPayload } from 'payload'

import { executionsCsv } from '../../src/documents/executionsCsv'
import { query, sql, transactionDb } from '../../src/platform/transactionDb'
import { ratioLine, runBenchmark } from './runBenchmark'

const rows = Number(process.env.BENCH_ROWS ?? 100_000)
const targetMb = 200

runBenchmark('bench-export', 55442, async ({ databaseUri, opened }) => {
  process.env.DATABASE_URI = databaseUri
  process.env.PAYLOAD_DB_PUSH = 'false'
  const config = (await import('../../demo/payload.config')).default
  const payload = opened(await getPayload({ config }))
  const user = await payload.create({
    collection: 'users',
    data: { email: 'bench@example.com', name: 'Bench', password: 'bench-password' },
  })
  const floor = await payload.create({
    collection: 'locations',
    data: { kind: 'production_floor', name: 'Bench floor' },
  })
  const product = await payload.create({
    collection: 'items',
    data: { kind: 'product', name: 'Bench product', sku: 'BP', unit: 'pcs' },
  })
  const { docs } = await payload.find({
    collection: 'production-statuses',
    limit: 1,
    sort: '_order',
  })
  const req = await createLocalReq({ user: { ...user, collection: 'users' } }, payload)
  await query(
    await transactionDb(req),
    sql`insert into executions (code, lot_label, product_id, product_description, production_date,
            planned_quantity, status_id, production_floor_id, updated_at, created_at)
          select 'EX-' || lpad(n::text, 7, '0'), '=L' || n, ${product.id}, 'Bench product, batch ' || n,
            now(), n % 50 + 1, ${docs[0]!.id}, ${floor.id}, now(), now()
          from generate_series(1, ${rows}) as n`,
  )
  global.gc?.()
  const start = process.memoryUsage().rss
  let peak = start
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20)
  const begun = performance.now()
  let bytes = 0
  let lines = 0
  for await (const chunk of executionsCsv(req, undefined, Number(process.env.BENCH_PAGE ?? 200))) {
    bytes += chunk.length
    lines += chunk.split('\r\n').length - 1
  }
  const seconds = (performance.now() - begun) / 1000
  clearInterval(sampler)
  peak = Math.max(peak, process.memoryUsage().rss)
  if (lines !== rows + 1) throw new Error(`expected ${rows + 1} lines, got ${lines}`)
  const grew = (peak - start) / 1024 / 1024
  console.log(
    `\nExporting ${rows.toLocaleString('en')} executions as CSV (${(bytes / 1024 / 1024).toFixed(1)} MB)`,
  )
  console.log(
    `time                 ${seconds.toFixed(1)} s   (${Math.round(rows / seconds).toLocaleString('en')} rows/s)`,
  )
  console.log(
    `memory rise (RSS)    ${grew.toFixed(0)} MB   ≤ ${targetMb} MB: ${grew <= targetMb ? 'ok' : 'MISSED'}`,
  )
  console.log(ratioLine('memory rise/target', grew / targetMb, 1))
})
