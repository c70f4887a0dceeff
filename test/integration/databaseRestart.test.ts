import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Request } from '../support/requestsFromSecondProcess'
import {
  type EmbeddedPostgres,
  startEmbeddedPostgres,
} from '../../demo/embedded-postgres/startEmbeddedPostgres'
import { awayMessage } from '../../src/platform/databaseUnavailable'
import { runMaintenanceScript } from '../support/maintenanceScript'
import { type SecondProcess, startSecondProcess } from '../support/secondProcess'
import { migrate, projectRoot } from '../support/testDatabase'

/** A server of this test's own (the suite's database stays up), on a port near the suite's. */
const serverOptions = {
  database: 'postgres',
  home: path.join(projectRoot, '.data', 'test-restart'),
  log: () => undefined,
  port: (Number(process.env.INTEGRATION_DATABASE_PORT) || 55432) + 20,
}

/** Logged-in reads and writes over REST, GraphQL and the actions, as an operator's screen sends. */
const traffic: Request[] = [
  { method: 'GET', path: '/items?limit=5' },
  { method: 'GET', path: '/executions?limit=2' },
  { method: 'GET', path: '/production-statuses?limit=10' },
  { method: 'GET', path: '/users/me' },
  { body: {}, method: 'POST', path: '/manufacturing/verifyLedger' },
  { body: { description: 'Checked across a restart' }, method: 'PATCH', path: '/items/1' },
  { graphql: '{ Items(limit: 1) { totalDocs } }' },
]

const isGraphql = (index: number) => 'graphql' in traffic[index % traffic.length]!

/** What a client read: its status and message (GraphQL's status rides in the error). */
const seen = (answer: { body: any; status: number }, graphql: boolean) => {
  if (!graphql) return { message: answer.body?.errors?.[0]?.message, status: answer.status }
  const error = answer.body?.errors?.[0]
  return error
    ? { message: error.message, status: error.extensions?.statusCode ?? 500 }
    : { message: undefined, status: 200 }
}

describe('the app while its database restarts', () => {
  let server: EmbeddedPostgres
  let app: SecondProcess
  let databaseUri: string

  beforeAll(async () => {
    server = await startEmbeddedPostgres(serverOptions)
    databaseUri = await server.createDatabase(`restart_${Date.now()}_${process.pid}`)
    await migrate(databaseUri)
    const seeded = await runMaintenanceScript('demo/cli/seed.ts', databaseUri)
    if (seeded.code !== 0) throw new Error(`seed failed:\n${seeded.output.slice(-3000)}`)
    app = await startSecondProcess('', { databaseUri, login: 'admin@example.com admin' })
  }, 300_000)

  afterAll(async () => {
    app?.stop()
    await server?.stop()
  })

  it('answers 503 with a plain message while it is down, never 401/403/500, and recovers by itself', async () => {
    const before = await app.send(Date.now(), traffic)
    expect(before.answers.map((a, i) => seen(a, isGraphql(i)))).toEqual(
      traffic.map(() => ({ message: undefined, status: 200 })),
    )

    // Under load: a burst is in flight as the server shuts down; each answer is a success or 503.
    const burst = Array.from({ length: 4 }, () => traffic).flat()
    const during = app.send(Date.now(), burst)
    await server.stop()
    const whileStopping = (await during).answers.map((a, i) => seen(a, isGraphql(i)))
    for (const answer of whileStopping) {
      expect([200, 503], JSON.stringify(whileStopping)).toContain(answer.status)
      if (answer.status === 503) expect(answer.message).toBe(awayMessage)
    }

    // Down: every request, read or write, logged in, answers 503 saying so.
    const down = await app.send(Date.now(), burst)
    const downSeen = down.answers.map((a, i) => seen(a, isGraphql(i)))
    expect(downSeen, JSON.stringify(downSeen)).toEqual(
      burst.map(() => ({ message: awayMessage, status: 503 })),
    )

    // Back on the same port: the same app process serves again, without a restart of its own.
    const port = server.port
    server = await startEmbeddedPostgres({ ...serverOptions, port })
    expect(server.port).toBe(port)
    const after = await app.send(Date.now(), traffic)
    const afterSeen = after.answers.map((a, i) => seen(a, isGraphql(i)))
    expect(afterSeen, JSON.stringify(afterSeen)).toEqual(
      before.answers.map((a, i) => seen(a, isGraphql(i))),
    )
  }, 300_000)
})
