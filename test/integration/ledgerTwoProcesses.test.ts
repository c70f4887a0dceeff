import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process'
import path from 'node:path'
import readline from 'node:readline'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { inventoryFixtures } from '../support/inventoryFixtures'
import { migratedEnv, projectRoot } from '../support/testDatabase'
import { type SeededApp, seededApp } from '../support/seededApp'

type ChildSummary = {
  endedAt: number
  messages: string[]
  startedAt: number
  statuses: number[]
}

/** The second app process: resolves once it is ready, then `go(at)` starts its batch at `at`. */
function startSecondProcess(env: Record<string, string>) {
  const child: ChildProcessWithoutNullStreams = spawn(
    process.execPath,
    ['--import', 'tsx', path.join('test', 'support', 'consumeFromSecondProcess.ts')],
    {
      cwd: projectRoot,
      env: { ...migratedEnv(inject('databaseUri')), ...env },
      stdio: 'pipe',
    },
  )
  let stderr = ''
  child.stderr.on('data', (chunk) => (stderr += chunk))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const failed = (what: string) =>
    new Error(`the second process ${what}; stderr:\n${stderr.slice(-4000)}`)
  let onReady!: () => void
  let onResult!: (summary: ChildSummary) => void
  const ready = new Promise<void>((resolve) => (onReady = resolve))
  const result = new Promise<ChildSummary>((resolve) => (onResult = resolve))
  readline.createInterface({ input: child.stdout }).on('line', (line) => {
    if (line === 'READY') onReady()
    else if (line.startsWith('RESULT ')) onResult(JSON.parse(line.slice('RESULT '.length)))
  })
  const orExit = <T>(promise: Promise<T>, what: string) =>
    Promise.race([
      promise,
      exited.then((code) => {
        throw failed(`exited (${code}) before it ${what}`)
      }),
    ])
  return {
    child,
    ready: orExit(ready, 'was ready'),
    go(at: number) {
      child.stdin.write(`GO ${at}\n`)
      return orExit(result, 'reported')
    },
    exited,
  }
}

describe('the ledger with two app processes on one database', () => {
  let payload: SeededApp['payload']
  let api: SeededApp['api']
  let admin: string
  let second: ReturnType<typeof startSecondProcess> | undefined

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
  })

  afterAll(() => {
    if (second && second.child.exitCode === null) second.child.kill()
  })

  it('serializes 50 consumptions of a balance of 30, 25 from each process: 30 pass, 20 get 409', async () => {
    const f = await inventoryFixtures(payload)
    const received = await api.rest('POST', '/manufacturing/postStockMovements', {
      body: {
        key: `two-processes-receipt-${f.tag}`,
        lines: [
          {
            from: f.virtual.supplier,
            item: f.item,
            newLot: { unitCost: 1 },
            quantity: 30,
            reason: 'receipt',
            to: f.warehouse,
          },
        ],
      },
      token: admin,
    })
    expect(received.status).toBe(200)

    const line = {
      from: f.warehouse,
      item: f.item,
      quantity: 1,
      reason: 'consume',
      to: f.virtual.production,
    }
    second = startSecondProcess({
      CONSUME_COUNT: '25',
      CONSUME_FROM: String(f.warehouse),
      CONSUME_ITEM: String(f.item),
      CONSUME_KEY_PREFIX: `two-processes-${f.tag}-second`,
      CONSUME_TO: String(f.virtual.production),
      CONSUME_TOKEN: admin,
    })
    await second.ready

    // Both batches start at one agreed instant, so they hit the database together.
    const at = Date.now() + 300
    const fromSecond = second.go(at)
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, at - Date.now())))
    const startedAt = Date.now()
    const fromHere = await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        api.rest('POST', '/manufacturing/postStockMovements', {
          body: { key: `two-processes-${f.tag}-first-${i}`, lines: [line] },
          token: admin,
        }),
      ),
    )
    const endedAt = Date.now()
    const other = await fromSecond
    expect(await second.exited).toBe(0)

    // The two batches really overlapped in time.
    expect(other.startedAt).toBeLessThan(endedAt)
    expect(startedAt).toBeLessThan(other.endedAt)

    const statuses = [...fromHere.map((r) => r.status), ...other.statuses]
    expect(statuses).toHaveLength(50)
    expect(statuses.filter((s) => s === 200)).toHaveLength(30)
    expect(statuses.filter((s) => s === 409)).toHaveLength(20)
    expect(statuses.filter((s) => s !== 200 && s !== 409)).toEqual([])
    for (const message of [
      ...fromHere.filter((r) => r.status === 409).map((r) => r.body.errors[0].message),
      ...other.messages,
    ]) {
      expect(message).toMatch(/not enough .* 0 available, 1 required/)
    }

    const db = (payload.db as any).drizzle
    const { rows: balances } = await db.execute(
      `select location_id, sum(on_hand)::text as on_hand from stock_balances
       where item_id = ${f.item} group by location_id`,
    )
    const onHand = new Map(balances.map((r: any) => [r.location_id, Number(r.on_hand)]))
    expect(onHand.get(f.warehouse)).toBe(0)
    expect(onHand.get(f.virtual.production)).toBe(30)
    const { rows: consumed } = await db.execute(
      `select count(*)::int as n from stock_movements where item_id = ${f.item} and reason = 'consume'`,
    )
    expect(consumed[0].n).toBe(30)
    const { rows: total } = await db.execute(
      `select sum(on_hand)::text as total from stock_balances where item_id = ${f.item}`,
    )
    expect(Number(total[0].total)).toBe(0)
  })
})
