/**
 * Benchmark (not a test): completing an execution over REST, with the plugin's workflow hooks
 * posting its stock, against the same REST PATCH with the plugin's hooks off, on the same migrated
 * throwaway database, in the same run.
 *
 *   npm run bench:transition
 *
 * The general rules all name the terminal status, so moving a 20-component execution from the
 * initial status straight to it (`PATCH /api/executions/<id>` with `{ status, producedQuantity }`)
 * deducts its 20 materials and adds its product in that one request. The baseline sends the same
 * request for the same kind of document (20 requirements, in the initial status) to a second
 * Payload instance on the same database whose config has `manufacturingPlugin({ disabled: true })`:
 * the same collections, fields and access, none of the plugin's hooks. Both go through Payload's
 * REST handler (`handleEndpoints`, what the Next.js route calls) with a real Request and a JWT;
 * Payload caches instances by key, so each config has its own. Every measured request gets a fresh
 * execution, the two sides alternate in order, and afterwards every completed execution is checked
 * to have posted 21 movements (plugin) or none (hooks off). Prints the median and p95 of each and
 * their ratio, also on lines starting with `ratio`. Exits by itself: 0 when done, 1 on any error.
 *
 * Environment: BENCH_REPEATS (30), BENCH_WARMUPS (5), BENCH_COMPONENTS (20).
 */
import type { SanitizedConfig } from 'payload'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { performance } from 'node:perf_hooks'
import { buildConfig, getPayload, handleEndpoints } from 'payload'
import pg from 'pg'

import { manufacturingPlugin } from '../../src/index'
import { ratioLine, runBenchmark } from './runBenchmark'

const repeats = Number(process.env.BENCH_REPEATS ?? 30)
const warmups = Number(process.env.BENCH_WARMUPS ?? 5)
const components = Number(process.env.BENCH_COMPONENTS ?? 20)
const targetRatio = 1.5
const hooksOffKey = 'bench-hooks-off'

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  const rank = (sorted.length - 1) * p
  const [low, high] = [Math.floor(rank), Math.ceil(rank)]
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low)
}

/** One REST request through Payload's handler, on the instance cached under `key`. */
async function rest(
  config: Promise<SanitizedConfig>,
  key: string | undefined,
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
  const response = await handleEndpoints({
    config,
    path: `/api${path}`,
    payloadInstanceCacheKey: key,
    request,
  })
  const text = await response.text()
  return { body: text ? JSON.parse(text) : null, status: response.status }
}

runBenchmark('bench-transition', 55441, async ({ databaseUri, opened }) => {
  process.env.DATABASE_URI = databaseUri
  process.env.PAYLOAD_DB_PUSH = 'false'
  const withHooks = (await import('../../demo/payload.config')).default
  const payload = opened(await getPayload({ config: withHooks }))
  // The same app with the plugin disabled: its collections and access, none of its hooks.
  const hooksOff = buildConfig({
    db: postgresAdapter({ pool: { connectionString: databaseUri }, push: false }),
    editor: lexicalEditor(),
    plugins: [manufacturingPlugin({ disabled: true })],
    secret: process.env.PAYLOAD_SECRET || 'payload-manufacturing-demo-secret',
    telemetry: false,
  })
  opened(await getPayload({ config: hooksOff, key: hooksOffKey }))

  // The first user becomes the administrator: every permission, finalize included.
  const credentials = { email: 'bench@example.com', password: 'bench-password' }
  await payload.create({ collection: 'users', data: { ...credentials, name: 'Bench' } })
  const login = await rest(withHooks, undefined, 'POST', '/users/login', credentials)
  if (login.status !== 200) throw new Error(`login failed: ${JSON.stringify(login.body)}`)
  const token: string = login.body.token

  const { docs: statuses } = await payload.find({
    collection: 'production-statuses',
    pagination: false,
    sort: '_order',
  })
  const initial = statuses[0]!.id
  const terminal = statuses.at(-1)!.id
  await payload.updateGlobal({
    data: {
      conditionalRules: [],
      defaultStatus: initial,
      rules: {
        addProducts: terminal,
        deductMaterials: terminal,
        deductProducts: terminal,
        deductResources: terminal,
      },
    },
    slug: 'production-settings',
  })

  const floor = await payload.create({
    collection: 'locations',
    data: { kind: 'production_floor', name: 'Bench floor' },
  })
  const materials = []
  for (let n = 1; n <= components; n++) {
    materials.push(
      await payload.create({
        collection: 'items',
        data: { kind: 'material', name: `Bench material ${n}`, sku: `BM-${n}`, unit: 'kg' },
      }),
    )
  }
  const product = await payload.create({
    collection: 'items',
    data: { kind: 'product', name: 'Bench product', sku: 'BP', unit: 'pcs' },
  })
  // Enough of every material for every run, one lot each, found on the floor: a run creates
  // two executions of up to 5.8 each, and both reserve theirs (the hooks-off side never
  // consumes it).
  const runs = warmups + repeats
  await payload.create({
    collection: 'inventory-adjustments',
    data: {
      lines: materials.map((m) => ({ item: m.id, quantityDelta: runs * 20 })),
      location: floor.id,
      type: 'found',
    },
  })
  await payload.create({
    collection: 'boms',
    data: {
      basis: 'per_unit',
      components: materials.map((m, n) => ({ item: m.id, quantity: 1 + n / 10 })),
      outputQuantity: 1,
      product: product.id,
    },
  })

  let made = 0
  /** A fresh execution in the initial status, its requirements filled from the recipe. */
  const fresh = async () => {
    const doc = await payload.create({
      collection: 'executions',
      data: {
        lotLabel: `BENCH-${made++}`,
        plannedQuantity: 2,
        product: product.id,
        productionDate: '2026-11-23',
        productionFloor: floor.id,
        status: initial,
      },
    })
    if (doc.requirements?.length !== components) throw new Error('requirements not filled')
    return doc.id
  }
  const complete = async (key: string | undefined, config: typeof withHooks) => {
    const id = await fresh()
    const started = performance.now()
    const { body, status } = await rest(
      config,
      key,
      'PATCH',
      `/executions/${id}`,
      { producedQuantity: 2, status: terminal },
      token,
    )
    const ms = performance.now() - started
    if (status !== 200) throw new Error(`PATCH ${status}: ${JSON.stringify(body)}`)
    return { id, ms }
  }

  const timings = { off: [] as number[], on: [] as number[] }
  const ids = { off: [] as number[], on: [] as number[] }
  process.stdout.write(`warming up (${warmups} runs each)…`)
  for (let r = 0; r < warmups + repeats; r++) {
    if (r === warmups) process.stdout.write(` measuring (${repeats} runs each)…\n`)
    const order = r % 2 === 0 ? (['on', 'off'] as const) : (['off', 'on'] as const)
    for (const side of order) {
      const { id, ms } =
        side === 'on' ? await complete(undefined, withHooks) : await complete(hooksOffKey, hooksOff)
      ids[side].push(id)
      if (r >= warmups) timings[side].push(ms)
    }
  }

  // Every completed execution posted its 20 materials and its product; the baseline nothing
  // (reservations, made at creation and released by the completion, are not postings).
  const client = new pg.Client({ connectionString: databaseUri })
  await client.connect()
  try {
    const { rows } = await client.query<{ id: string; n: number }>(
      `select source_id as id, count(*)::int as n from stock_movements
         where source_collection = 'executions' and reason not in ('reserve', 'release')
         group by source_id`,
    )
    const posted = new Map(rows.map((row) => [Number(row.id), row.n]))
    for (const id of ids.on) {
      if (posted.get(id) !== components + 1)
        throw new Error(`execution ${id} posted ${posted.get(id) ?? 0} movements`)
    }
    for (const id of ids.off) {
      if (posted.has(id)) throw new Error(`execution ${id} posted with the hooks off`)
    }
    const { server_version: version } = (await client.query('show server_version')).rows[0]
    const ms = (value: number) => value.toFixed(1).padStart(10)
    const row = (label: string, median: number, p95: number) =>
      `${label.padEnd(40)}${ms(median)}${ms(p95)}`
    const [onMedian, offMedian] = [percentile(timings.on, 0.5), percentile(timings.off, 0.5)]
    const [onP95, offP95] = [percentile(timings.on, 0.95), percentile(timings.off, 0.95)]
    const ratio = onMedian / offMedian
    console.log(
      [
        '',
        `Completing a ${components}-component execution over REST — ${repeats} runs each after ` +
          `${warmups} warm-ups, ms — PostgreSQL ${version}`,
        `${''.padEnd(40)}${'median'.padStart(10)}${'p95'.padStart(10)}`,
        row(`plugin hooks (posts ${components + 1} movements)`, onMedian, onP95),
        row('plugin hooks off (same PATCH)', offMedian, offP95),
        `${'hooks / hooks off'.padEnd(40)}${ratio.toFixed(2).padStart(10)}` +
          `${(onP95 / offP95).toFixed(2).padStart(10)}   median ≤ ${targetRatio}: ` +
          (ratio <= targetRatio ? 'ok' : 'MISSED'),
        "PATCH /api/executions/<id> { status: terminal, producedQuantity } through Payload's REST",
        'handler, request to response; hooks off = a second Payload on the same database with',
        'manufacturingPlugin({ disabled: true }). A fresh execution per request; movements checked.',
        '',
        ratioLine('hooks/hooks off median', ratio, targetRatio),
        ratioLine('hooks/hooks off p95', onP95 / offP95),
      ].join('\n'),
    )
  } finally {
    await client.end()
  }
})
