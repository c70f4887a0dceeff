import { describe, expect, inject, it } from 'vitest'

import { ledgerChecks } from '../../src/ledger/ledgerGuards'
import { runMaintenanceScript } from '../support/maintenanceScript'
import { testPayload } from '../support/testPayload'

/** The ledger's CHECK constraints by name with their oids: a dropped and re-added one changes. */
export async function ledgerCheckOids(payload: Awaited<ReturnType<typeof testPayload>>['payload']) {
  const { rows } = await (payload.db as any).drizzle.execute(
    `select conname::text as name, oid::text as oid from pg_constraint
     where contype = 'c' and conname::text in (${Object.keys(ledgerChecks)
       .map((name) => `'${name}'`)
       .join(',')}) order by conname`,
  )
  return rows as { name: string; oid: string }[]
}

describe('the maintenance scripts on a migrated database', () => {
  it('seed and verify:ledger push no schema: no development push recorded, the ledger checks never dropped', async () => {
    const { payload } = await testPayload()
    const before = await ledgerCheckOids(payload)
    expect(before.map((c) => c.name)).toEqual(Object.keys(ledgerChecks).sort())

    for (const script of ['demo/cli/seed.ts', 'demo/cli/verifyLedger.ts']) {
      const { code, output } = await runMaintenanceScript(script, inject('databaseUri'))
      expect(code, `${script}:\n${output.slice(-3000)}`).toBe(0)
      expect(output).not.toMatch(/data loss|schema push|ledger guards added/i)
    }

    const { rows } = await (payload.db as any).drizzle.execute(
      `select name, batch from payload_migrations where batch < 1 or name = 'dev'`,
    )
    expect(rows).toEqual([])
    expect(await ledgerCheckOids(payload)).toEqual(before)
  }, 300_000)

  it('a development push finds the ledger checks in the schema: it drops and adds none of them', async () => {
    const { payload } = await testPayload()
    const db = payload.db as any
    // What `npm run dev` runs at each start (pushDevSchema), short of applying it.
    const { statementsToExecute } = await db
      .requireDrizzleKit()
      .pushSchema(db.schema, db.drizzle, undefined, db.tablesFilter)
    const touching = (statementsToExecute as string[]).filter((statement) =>
      Object.keys(ledgerChecks).some((name) => statement.includes(name)),
    )
    expect(touching).toEqual([])
  })
})
