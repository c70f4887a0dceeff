/**
 * A second app process on the same database, for the two-process concurrency test. Run as
 * `node --import tsx test/support/consumeFromSecondProcess.ts` with DATABASE_URI set and the
 * request in CONSUME_* variables. It loads the app's config, builds its own REST route handlers,
 * warms them up, prints `READY`, waits for a `GO <epoch ms>` line on stdin, fires its consumptions
 * concurrently at that instant and prints `RESULT <json>` (statuses, start and end times).
 */
import readline from 'node:readline'

const env = (name: string): string => {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set`)
  return value
}

async function main() {
  env('DATABASE_URI')
  process.env.PAYLOAD_DB_PUSH = 'false'
  const token = env('CONSUME_TOKEN')
  const item = Number(env('CONSUME_ITEM'))
  const from = Number(env('CONSUME_FROM'))
  const to = Number(env('CONSUME_TO'))
  const count = Number(env('CONSUME_COUNT'))
  const keyPrefix = env('CONSUME_KEY_PREFIX')

  const { getPayload } = await import('payload')
  const { apiClient } = await import('./apiClient')
  const config = await (await import('../../payload.config')).default
  await getPayload({ config })
  const api = apiClient(config)
  // One authenticated read, so the route handlers and the pool are warm before the race.
  const warm = await api.rest('GET', `/items/${item}`, { token })
  if (warm.status !== 200) throw new Error(`warm-up read failed: ${warm.status}`)

  const lines = readline.createInterface({ input: process.stdin })
  process.stdout.write('READY\n')
  const go = await new Promise<number>((resolve, reject) => {
    lines.on('line', (line) => {
      const match = /^GO (\d+)$/.exec(line.trim())
      if (match) resolve(Number(match[1]))
    })
    lines.on('close', () => reject(new Error('stdin closed before GO')))
  })
  lines.close()
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, go - Date.now())))

  const startedAt = Date.now()
  const responses = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      api.rest('POST', '/manufacturing/postStockMovements', {
        body: {
          key: `${keyPrefix}-${i}`,
          lines: [{ from, item, quantity: 1, reason: 'consume', to }],
        },
        token,
      }),
    ),
  )
  const endedAt = Date.now()
  const summary = {
    endedAt,
    messages: responses.filter((r) => r.status !== 200).map((r) => r.body?.errors?.[0]?.message),
    startedAt,
    statuses: responses.map((r) => r.status),
  }
  process.stdout.write(`RESULT ${JSON.stringify(summary)}\n`)
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`)
    process.exit(1)
  },
)
