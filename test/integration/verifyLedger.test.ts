import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { inventoryFixtures } from '../support/inventoryFixtures'
import { migratedEnv, projectRoot } from '../support/testDatabase'
import { type SeededApp, seededApp } from '../support/seededApp'

/** `npm run verify:ledger` on the suite's database: its exit code and output. */
async function verifyFromCli() {
  try {
    const { stdout } = await promisify(execFile)('npm', ['run', '--silent', 'verify:ledger'], {
      cwd: projectRoot,
      env: migratedEnv(inject('databaseUri')),
    })
    return { code: 0, stdout }
  } catch (error) {
    const failed = error as { code: number; stderr: string; stdout: string }
    return { code: failed.code, stdout: `${failed.stdout}${failed.stderr}`, error: String(error) }
  }
}

describe('verifyLedger recomputes every balance from the movements', () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string
  let f: Awaited<ReturnType<typeof inventoryFixtures>>
  const sql = (text: string) => (payload.db as any).drizzle.execute(text)
  const verifyRest = (token: string) =>
    api.rest('POST', '/manufacturing/verifyLedger', { body: {}, token })

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
    f = await inventoryFixtures(payload)
    // Stock received, part of it reserved and part consumed: on hand and reserved both kept.
    const posted = await api.rest('POST', '/manufacturing/postStockMovements', {
      body: {
        key: `verify-${f.tag}`,
        lines: [
          {
            from: f.virtual.supplier,
            item: f.item,
            newLot: { unitCost: 2 },
            quantity: 30,
            reason: 'receipt',
            to: f.warehouse,
          },
        ],
      },
      token: admin,
    })
    expect(posted.status, JSON.stringify(posted.body)).toBe(200)
    for (const [key, line] of [
      ['reserve', { from: f.warehouse, quantity: 4, reason: 'reserve', to: f.warehouse }],
      ['consume', { from: f.warehouse, quantity: 5, reason: 'consume', to: f.virtual.production }],
    ] as const) {
      const { body, status } = await api.rest('POST', '/manufacturing/postStockMovements', {
        body: { key: `verify-${f.tag}-${key}`, lines: [{ ...line, item: f.item }] },
        token: admin,
      })
      expect(status, JSON.stringify(body)).toBe(200)
    }
  })

  it('reports nothing on a clean ledger, over REST, GraphQL and the npm script', async () => {
    const { body, status } = await verifyRest(admin)
    expect(status, JSON.stringify(body)).toBe(200)
    expect(body.differences).toEqual([])
    expect(body.ok).toBe(true)
    expect(body.checked.movements).toBeGreaterThan(0)
    const graphql = await api.graphql(`query { verifyLedger }`, {}, admin)
    expect(graphql.body.errors).toBeUndefined()
    expect(graphql.body.data.verifyLedger).toMatchObject({ differences: [], ok: true })
    const cli = await verifyFromCli()
    expect(cli.stdout).toMatch(
      /Ledger verified: \d+ movements, \d+ balances, \d+ items, no differences/,
    )
    expect(cli.code).toBe(0)
  })

  it('reports a balance tampered in SQL, names it, and the npm script exits non-zero', async () => {
    const where = `item_id = ${f.item} and location_id = ${f.warehouse}`
    await sql(
      `update stock_balances set on_hand = on_hand + 7, reserved = reserved - 1 where ${where}`,
    )
    try {
      const { body, status } = await verifyRest(admin)
      expect(status, JSON.stringify(body)).toBe(200)
      expect(body.ok).toBe(false)
      const kinds = body.differences.map((d: any) => [d.kind, d.field ?? null])
      expect(kinds).toEqual([
        ['balance', 'onHand'],
        ['balance', 'reserved'],
        ['balance', 'available'],
        ['double_entry', null],
        ['item_total', 'onHand'],
      ])
      expect(body.differences.every((d: any) => d.item === f.item)).toBe(true)
      expect(body.differences[0]).toMatchObject({ actual: '32', expected: '25' })
      expect(body.differences[0].message).toMatch(
        new RegExp(
          `^${f.sku} at Warehouse ${f.tag}, lot ${f.sku}-\\d+: on hand is 32, the movements say 25$`,
        ),
      )
      expect(body.differences[1]).toMatchObject({ actual: '3', expected: '4' })
      expect(body.differences[3]).toMatchObject({ total: '7' })

      const cli = await verifyFromCli()
      expect(cli.code, JSON.stringify(cli)).toBe(1)
      expect(cli.stdout).toContain(body.differences[0].message)
      expect(cli.stdout).toMatch(/5 difference\(s\)/)
    } finally {
      await sql(
        `update stock_balances set on_hand = on_hand - 7, reserved = reserved + 1 where ${where}`,
      )
    }
    expect((await verifyRest(admin)).body.ok).toBe(true)
  })

  it('is for administrators: 403 for anyone without Manage roles, 401 without a login', async () => {
    for (const email of ['planner', 'viewer', 'operator']) {
      const token = await api.login(`${email}@example.com`, email)
      const { body, status } = await verifyRest(token)
      expect(status, email).toBe(403)
      expect(body.errors[0].message).toMatch(/needs the "roles.manage" permission/)
      const graphql = await api.graphql(`query { verifyLedger }`, {}, token)
      expect(graphql.body.errors[0].message).toMatch(/roles.manage/)
    }
    expect((await api.rest('POST', '/manufacturing/verifyLedger', { body: {} })).status).toBe(401)
  })
})
