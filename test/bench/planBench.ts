/**
 * Benchmark (not a test): generating a large production plan.
 *
 *   npm run bench:plan
 *
 * Builds BENCH_PRODUCTS (1000) products on each of BENCH_LEVELS (5) recipe levels on a throwaway
 * migrated database: product i of a level uses products i and i+1 of the next level (so every
 * sub-recipe is shared by two parents), the last level uses two materials. A plan asks for each
 * top-level product once. Prints the pure explosion's time (explodePlan on the loaded recipes)
 * and the persisted time (generatePlanExecutions in one transaction: every execution written with
 * its parents and child links), against the targets < 100 ms and < 10 s, and each as its ratio to
 * its target on a line starting with `ratio`. Exits by itself: 0 when done, 1 on any error.
 *
 * The fixtures are written with `payload.db` (no hooks) because only the generation is measured.
 */
import Big from 'big.js'
import { randomBytes } from 'node:crypto'
import { performance } from 'node:perf_hooks'
import {
  commitTransaction,
  createLocalReq,
  getPayload,
  initTransaction,
  type Payload,
} from 'payload'

import { explodePlan } from '../../src/planning/rules/explodePlan'
import { generatePlanExecutions } from '../../src/planning/generatePlanExecutions'
import { loadPlanRecipes } from '../../src/planning/planRecipes'

import { ratioLine, runBenchmark } from './runBenchmark'

const products = Number(process.env.BENCH_PRODUCTS ?? 1000)
const levels = Number(process.env.BENCH_LEVELS ?? 5)
/** Array rows written behind Payload's back need the ids Payload would give them. */
const rowId = () => randomBytes(12).toString('hex')

async function fixtures(payload: Payload) {
  const item = async (sku: string, kind: 'material' | 'product') =>
    (await payload.db.create({ collection: 'items', data: { kind, name: sku, sku, unit: 'pcs' } }))
      .id as number
  const materials = [await item('MAT-A', 'material'), await item('MAT-B', 'material')]
  const byLevel: number[][] = []
  for (let level = 0; level < levels; level++) {
    const ids: number[] = []
    for (let i = 0; i < products; i++) ids.push(await item(`P${level}-${i}`, 'product'))
    byLevel.push(ids)
  }
  for (let level = 0; level < levels; level++) {
    for (let i = 0; i < products; i++) {
      const next = byLevel[level + 1]
      const components = next
        ? [next[i]!, next[(i + 1) % products]!].map((id) => ({
            id: rowId(),
            item: id,
            quantity: 2,
          }))
        : materials.map((id) => ({ id: rowId(), item: id, quantity: 3 }))
      await payload.db.create({
        collection: 'boms',
        data: {
          active: true,
          basis: 'per_unit',
          components,
          name: `P${level}-${i}`,
          outputQuantity: 1,
          product: byLevel[level]![i]!,
        },
      })
    }
  }
  const floor = await payload.db.create({
    collection: 'locations',
    data: { kind: 'production_floor', name: 'Bench floor' },
  })
  const plan = await payload.db.create({
    collection: 'production-plans',
    data: {
      date: '2026-12-01T12:00:00.000Z',
      lines: byLevel[0]!.map((product) => ({ id: rowId(), product, quantity: 1 })),
      name: 'Bench plan',
      productionFloor: floor.id,
    },
  })
  return { plan: plan.id as number, top: byLevel[0]! }
}

const [pureTargetMs, persistedTargetS] = [100, 10]

runBenchmark('bench-plan', 55443, async ({ databaseUri, opened }) => {
  process.env.DATABASE_URI = databaseUri
  process.env.PAYLOAD_DB_PUSH = 'false'
  const config = (await import('../../demo/payload.config')).default
  const payload = opened(await getPayload({ config }))
  console.log(`building ${products} products × ${levels} levels…`)
  const { plan, top } = await fixtures(payload)

  const req = await createLocalReq({}, payload)
  const recipes = await loadPlanRecipes(req, top)
  const demands = top.map((product) => ({ date: '2026-12-01', product, quantity: new Big(1) }))
  const plain = new Map([...recipes].map(([product, { recipe }]) => [product, recipe]))
  explodePlan(demands, plain) // warm-up
  let started = performance.now()
  const explosion = explodePlan(demands, plain)
  const pure = performance.now() - started
  if (!explosion.ok) throw new Error(`explosion failed: ${explosion.code}`)

  const writer = await createLocalReq({}, payload)
  started = performance.now()
  await initTransaction(writer)
  const result = await generatePlanExecutions(writer, plan)
  await commitTransaction(writer)
  const persisted = performance.now() - started

  console.log(`executions: ${explosion.nodes.length} (${result.created.length} written)`)
  console.log(`pure explosion: ${pure.toFixed(1)} ms (target < ${pureTargetMs} ms)`)
  console.log(
    `persisted generation: ${(persisted / 1000).toFixed(2)} s (target < ${persistedTargetS} s)`,
  )
  console.log(ratioLine('pure explosion/target', pure / pureTargetMs, 1))
  console.log(ratioLine('persisted generation/target', persisted / 1000 / persistedTargetS, 1))
})
