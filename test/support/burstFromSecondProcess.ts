/**
 * A second app process that posts a burst, for the crash test. Run as
 * `node --import tsx test/support/burstFromSecondProcess.ts` with DATABASE_URI set and the burst
 * in BURST_* variables. It loads the app's config, builds its own REST route handlers, prints
 * `READY`, waits for `GO` on stdin, then keeps BURST_CONCURRENCY requests in flight until
 * BURST_COUNT postings are done, printing `POSTED <n> <status>` as each answers, and `DONE`. Every
 * posting has three lines (two receipts into new lots and a consumption); every third is an
 * inventory adjustment document instead (BURST_ADJUSTMENTS=0 leaves them out), which posts two
 * lines in the transaction that saves it.
 */
import readline from 'node:readline'

const env = (name: string): string => {
  const value = process.env[name]
  if (value === undefined || value === '') throw new Error(`${name} is not set`)
  return value
}

async function main() {
  env('DATABASE_URI')
  process.env.PAYLOAD_DB_PUSH = 'false'
  const token = env('BURST_TOKEN')
  const [a, b, c] = env('BURST_ITEMS').split(',').map(Number)
  const warehouse = Number(env('BURST_WAREHOUSE'))
  const supplier = Number(env('BURST_SUPPLIER'))
  const production = Number(env('BURST_PRODUCTION'))
  const count = Number(env('BURST_COUNT'))
  const concurrency = Number(env('BURST_CONCURRENCY'))
  const prefix = env('BURST_KEY_PREFIX')
  const adjustments = process.env.BURST_ADJUSTMENTS !== '0'

  const { getPayload } = await import('payload')
  const { apiClient } = await import('./apiClient')
  const config = await (await import('../../demo/payload.config')).default
  await getPayload({ config })
  const api = apiClient(config)
  const warm = await api.rest('GET', `/items/${a}`, { token })
  if (warm.status !== 200) throw new Error(`warm-up read failed: ${warm.status}`)

  const lines = readline.createInterface({ input: process.stdin })
  process.stdout.write('READY\n')
  await new Promise<void>((resolve, reject) => {
    lines.on('line', (line) => line.trim() === 'GO' && resolve())
    lines.on('close', () => reject(new Error('stdin closed before GO')))
  })

  const request = (n: number) =>
    adjustments && n % 3 === 2
      ? api.rest('POST', '/inventory-adjustments', {
          body: {
            lines: [
              { item: a, quantityDelta: 1 },
              { item: b, quantityDelta: 2 },
            ],
            location: warehouse,
            notes: `${prefix}-${n}`,
            type: 'found',
          },
          token,
        })
      : api.rest('POST', '/manufacturing/postStockMovements', {
          body: {
            key: `${prefix}-${n}`,
            lines: [
              {
                from: supplier,
                item: a,
                newLot: { unitCost: 1 },
                quantity: 1,
                reason: 'receipt',
                to: warehouse,
              },
              {
                from: supplier,
                item: b,
                newLot: { unitCost: 2 },
                quantity: 2,
                reason: 'receipt',
                to: warehouse,
              },
              { from: warehouse, item: c, quantity: 1, reason: 'consume', to: production },
            ],
          },
          token,
        })
  let next = 0
  const worker = async () => {
    while (next < count) {
      const n = next++
      const { status } = await request(n)
      process.stdout.write(`POSTED ${n} ${status}\n`)
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  process.stdout.write('DONE\n')
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`)
    process.exit(1)
  },
)
