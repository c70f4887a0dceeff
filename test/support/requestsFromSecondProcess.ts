/**
 * A second app process on the same database, for the multi-process tests. Run as
 * `node --import tsx test/support/requestsFromSecondProcess.ts` with DATABASE_URI set (see
 * secondProcess.ts). It loads the app's config, builds its own REST route handlers, warms them up,
 * prints `READY`, then takes `GO <epoch ms> <json requests>` lines on stdin: at that instant it
 * sends the requests concurrently and prints `RESULT <json>` (answers, start and end times).
 */
import readline from 'node:readline'

/** A REST request, or a GraphQL query when `graphql` is set. */
export type Request =
  | { body?: unknown; method: 'DELETE' | 'GET' | 'PATCH' | 'POST'; path: string }
  | { graphql: string }
export type Result = {
  answers: { body: any; status: number }[]
  endedAt: number
  startedAt: number
}

async function main() {
  if (!process.env.DATABASE_URI) throw new Error('DATABASE_URI is not set')
  process.env.PAYLOAD_DB_PUSH = 'false'

  const { getPayload } = await import('payload')
  const { apiClient } = await import('./apiClient')
  const config = await (await import('../../demo/payload.config')).default
  await getPayload({ config })
  const api = apiClient(config)
  // SECOND_PROCESS_LOGIN (`email password`): a user of this process's own database logs in.
  const login = process.env.SECOND_PROCESS_LOGIN?.split(' ')
  const token = login ? await api.login(login[0]!, login[1]!) : process.env.SECOND_PROCESS_TOKEN
  // One authenticated read, so the route handlers and the pool are warm before the race.
  const warm = await api.rest('GET', '/production-statuses?limit=1', { token })
  if (warm.status !== 200) throw new Error(`warm-up read failed: ${warm.status}`)

  process.stdout.write('READY\n')
  for await (const line of readline.createInterface({ input: process.stdin })) {
    const match = /^GO (\d+) (.*)$/.exec(line.trim())
    if (!match) continue
    const requests = JSON.parse(match[2]!) as Request[]
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(match[1]) - Date.now())))
    const startedAt = Date.now()
    const answers = await Promise.all(
      requests.map(async (r) => {
        const { body, status } =
          'graphql' in r
            ? await api.graphql(r.graphql, {}, token)
            : await api.rest(r.method, r.path, { body: r.body, token })
        return { body, status }
      }),
    )
    const result: Result = { answers, endedAt: Date.now(), startedAt }
    process.stdout.write(`RESULT ${JSON.stringify(result)}\n`)
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`)
    process.exit(1)
  },
)
