import type { Config } from 'payload'

import { checkConstraint } from '../platform/transactionDb'
import { ledgerChecks } from './ledgerGuards'

type ExtendTable = (args: {
  extraConfig: (table: unknown) => Record<string, unknown>
  table: unknown
}) => void
type SchemaHookArgs = { extendTable: ExtendTable; schema: { tables: Record<string, unknown> } }
type SchemaHook = (args: SchemaHookArgs) => unknown
type PostgresAdapter = { afterSchemaInit?: SchemaHook[] }

/**
 * The ledger's CHECK constraints declared in the drizzle schema: a schema push (development)
 * then finds them in place instead of dropping them, so there is never a moment without them,
 * and a host's `migrate:create` writes them into its migration.
 */
const declareChecks: SchemaHook = (args) => {
  const byTable = new Map<string, [string, string][]>()
  for (const [name, { check, table }] of Object.entries(ledgerChecks))
    byTable.set(table, [...(byTable.get(table) ?? []), [name, check]])
  for (const [table, checks] of byTable) {
    if (!args.schema.tables[table]) continue
    args.extendTable({
      extraConfig: () =>
        Object.fromEntries(checks.map(([name, check]) => [name, checkConstraint(name, check)])),
      table: args.schema.tables[table],
    })
  }
  return args.schema
}

/** The config's postgres adapter with the ledger's checks in its schema; any other, unchanged. */
export function withLedgerChecks(db: Config['db']): Config['db'] {
  if (db.name !== 'postgres') return db
  return {
    ...db,
    init: (args) => {
      const adapter = db.init(args) as ReturnType<typeof db.init> & PostgresAdapter
      adapter.afterSchemaInit = [...(adapter.afterSchemaInit ?? []), declareChecks]
      return adapter
    },
  }
}
