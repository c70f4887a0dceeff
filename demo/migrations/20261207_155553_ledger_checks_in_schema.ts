import { MigrateUpArgs, MigrateDownArgs } from '@payloadcms/db-postgres'

import { installLedgerGuards } from '../../src/ledger/ledgerGuards'

// The ledger's CHECK constraints, installed by 20261204_190842_ledger_guards, are now declared in
// the schema too (so a development push keeps them): this migration records them in its snapshot
// and only adds any that a database lacks; down leaves them to the migration that added them.

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await installLedgerGuards(db)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {}
