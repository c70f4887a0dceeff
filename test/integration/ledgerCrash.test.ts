import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process'
import path from 'node:path'
import readline from 'node:readline'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { inventoryFixtures } from '../support/inventoryFixtures'
import { runMaintenanceScript } from '../support/maintenanceScript'
import { migratedEnv, projectRoot } from '../support/testDatabase'
import { type SeededApp, seededApp } from '../support/seededApp'

const count = 150

/** A second app process posting a burst (see burstFromSecondProcess.ts), its sessions named. */
function startBurst(applicationName: string, env: Record<string, string>) {
  const uri = new URL(inject('databaseUri'))
  uri.searchParams.set('application_name', applicationName)
  const child: ChildProcessWithoutNullStreams = spawn(
    process.execPath,
    ['--import', 'tsx', path.join('test', 'support', 'burstFromSecondProcess.ts')],
    {
      cwd: projectRoot,
      env: { ...migratedEnv(uri.toString()), ...env },
      stdio: 'pipe',
    },
  )
  let stderr = ''
  child.stderr.on('data', (chunk) => (stderr += chunk))
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  )
  const answered: { n: number; status: number }[] = []
  const waiters: { atLeast: number; resolve: () => void }[] = []
  let done = false
  let onReady!: () => void
  const ready = new Promise<void>((resolve) => (onReady = resolve))
  readline.createInterface({ input: child.stdout }).on('line', (line) => {
    if (line === 'READY') onReady()
    if (line === 'DONE') done = true
    const posted = /^POSTED (\d+) (\d+)$/.exec(line)
    if (posted) answered.push({ n: Number(posted[1]), status: Number(posted[2]) })
    for (const waiter of waiters) if (answered.length >= waiter.atLeast) waiter.resolve()
  })
  const orExit = <T>(promise: Promise<T>, what: string) =>
    Promise.race([
      promise,
      exited.then(({ code }) => {
        throw new Error(
          `the burst process exited (${code}) before ${what}:\n${stderr.slice(-4000)}`,
        )
      }),
    ])
  return {
    answered,
    child,
    done: () => done,
    exited,
    ready: orExit(ready, 'it was ready'),
    /** Resolves once `atLeast` postings have answered. */
    answeredAtLeast: (atLeast: number) =>
      orExit(
        new Promise<void>((resolve) => waiters.push({ atLeast, resolve })),
        `${atLeast} answers`,
      ),
  }
}

describe('the ledger when an app process is killed in the middle of a burst of postings', () => {
  let payload: SeededApp['payload']
  let api: SeededApp['api']
  let admin: string
  const children: ChildProcessWithoutNullStreams[] = []
  const sql = async (text: string) => (await (payload.db as any).drizzle.execute(text)).rows

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
  })

  /**
   * A burst process once it is ready. One that ends before, having done nothing, is started again
   * (twice at most): now and then Node 20 never finishes evaluating @payloadcms/richtext-lexical's
   * module graph and simply exits.
   */
  async function startedBurst(name: string, env: Record<string, string>) {
    for (let attempt = 1; ; attempt++) {
      const burst = startBurst(name, env)
      children.push(burst.child)
      try {
        await burst.ready
        return burst
      } catch (error) {
        if (attempt === 3 || !String(error).includes('before it was ready')) throw error
      }
    }
  }

  afterAll(() => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL')
  })

  /** Sessions the named process still has open: none once Postgres noticed it is gone. */
  async function sessionsOf(applicationName: string) {
    for (let attempt = 0; attempt < 40; attempt++) {
      const rows = await sql(
        `select state from pg_stat_activity where application_name = '${applicationName}'`,
      )
      if (rows.length === 0) return rows
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    return sql(`select state from pg_stat_activity where application_name = '${applicationName}'`)
  }

  it('keeps every posting whole (all its movements or none), no document half-posted, the ledger verified', async () => {
    const f = await inventoryFixtures(payload)
    const third = await payload.create({
      collection: 'items',
      data: { kind: 'material', name: `Salt ${f.tag}`, sku: `SALT-${f.tag}`, unit: 'kg' },
    })
    const stocked = await api.rest('POST', '/manufacturing/postStockMovements', {
      body: {
        key: `stock-for-crash-${f.tag}`,
        lines: [
          {
            from: f.virtual.supplier,
            item: third.id,
            newLot: { unitCost: 1 },
            quantity: 1000,
            reason: 'receipt',
            to: f.warehouse,
          },
        ],
      },
      token: admin,
    })
    expect(stocked.status, JSON.stringify(stocked.body)).toBe(200)
    const prefix = `crash-${f.tag}`
    const items = [f.item, f.other, third.id]
    const env = {
      BURST_CONCURRENCY: '6',
      BURST_COUNT: String(count),
      BURST_ITEMS: items.join(','),
      BURST_KEY_PREFIX: prefix,
      BURST_PRODUCTION: String(f.virtual.production),
      BURST_SUPPLIER: String(f.virtual.supplier),
      BURST_TOKEN: admin,
      BURST_WAREHOUSE: String(f.warehouse),
    }

    // The burst starts, and once 20 postings have answered the process is killed outright:
    // requests are in flight, some mid-transaction, and nothing gets to clean up.
    const killedName = `crash-killed-${f.tag}`
    const killed = await startedBurst(killedName, env)
    killed.child.stdin.write('GO\n')
    await killed.answeredAtLeast(20)
    killed.child.kill('SIGKILL')
    expect((await killed.exited).signal).toBe('SIGKILL')
    expect(killed.done()).toBe(false)
    expect(killed.answered.every((a) => a.status === 200 || a.status === 201)).toBe(true)

    // Postgres ends the dead process's sessions: none is left idle in a transaction.
    expect(await sessionsOf(killedName)).toEqual([])
    expect(
      await sql(`select pid, state from pg_stat_activity where datname = current_database()
                 and state like 'idle in transaction%' and state_change < now() - interval '5 seconds'`),
    ).toEqual([])

    const checkWhole = async () => {
      const postings = await sql(`select posting_key, count(*)::int as n from stock_movements
        where posting_key like 'client/%/postStockMovements/${prefix}-%' group by posting_key`)
      expect(postings.filter((p: any) => p.n !== 3)).toEqual([])
      // No lot without the movement that received it: a lot is made in its posting's transaction.
      const orphanLots = await sql(`select l.id from lots l where l.item_id in (${items.join(',')})
        and not exists (select 1 from stock_movements m where m.lot_id = l.id)`)
      expect(orphanLots).toEqual([])
      return postings.length
    }

    // Whatever committed is whole; every answered posting committed, and more may have.
    const committed = await checkWhole()
    const answeredPostings = killed.answered.filter((a) => a.n % 3 !== 2).length
    expect(committed).toBeGreaterThanOrEqual(answeredPostings)
    expect(committed).toBeLessThan(count)
    // Each adjustment document saved has both its movements; no movement names a missing one.
    const adjustments = await sql(`select a.id, (select count(*)::int from stock_movements m
        where m.source_collection = 'inventory-adjustments' and m.source_id = a.id::text) as n
      from inventory_adjustments a where a.notes like '${prefix}-%'`)
    expect(adjustments.length).toBeGreaterThanOrEqual(killed.answered.length - answeredPostings)
    expect(adjustments.filter((a: any) => a.n !== 2)).toEqual([])
    expect(
      await sql(`select m.id from stock_movements m where m.source_collection = 'inventory-adjustments'
        and m.item_id in (${items.join(',')})
        and not exists (select 1 from inventory_adjustments a where a.id::text = m.source_id)`),
    ).toEqual([])
    const verified = await api.rest('POST', '/manufacturing/verifyLedger', {
      body: {},
      token: admin,
    })
    expect(verified.body.differences).toEqual([])

    // A fresh process replays the whole burst by its keys: what committed is answered as a
    // replay, the rest posts, and every posting ends whole exactly once.
    const freshName = `crash-fresh-${f.tag}`
    const fresh = await startedBurst(freshName, { ...env, BURST_ADJUSTMENTS: '0' })
    fresh.child.stdin.write('GO\n')
    expect((await fresh.exited).code).toBe(0)
    expect(fresh.done()).toBe(true)
    expect(fresh.answered.filter((a) => a.status !== 200)).toEqual([])
    expect(await checkWhole()).toBe(count)
    const [consumed] = await sql(`select on_hand::text as on_hand from stock_balances
      where item_id = ${third.id} and location_id = ${f.warehouse}`)
    expect(consumed.on_hand).toBe(String(1000 - count))
    const after = await api.rest('POST', '/manufacturing/verifyLedger', { body: {}, token: admin })
    expect(after.body).toMatchObject({ differences: [], ok: true })
    // Every retried key answered as a replay or posted once: no posting key has more movements
    // than its lines, whichever process wrote it.
    expect(
      await sql(`select posting_key from stock_movements where posting_key like '%${prefix}-%'
        group by posting_key having count(*) <> 3`),
    ).toEqual([])

    // `npm run verify:ledger`, as an operator runs it after the crash: clean, and it leaves the
    // migrated schema as it found it (no development push recorded).
    const script = await runMaintenanceScript('demo/cli/verifyLedger.ts', inject('databaseUri'))
    expect(script.code, script.output.slice(-3000)).toBe(0)
    expect(script.output).toMatch(/Ledger verified: .*no differences/)
    expect(await sql(`select name from payload_migrations where batch < 1`)).toEqual([])
  }, 300_000)
})
