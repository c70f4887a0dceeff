import { MigrateUpArgs, MigrateDownArgs } from '@payloadcms/db-postgres'

import { dropLedgerGuards, installLedgerGuards } from '../../src/ledger/ledgerGuards'

// Hand-written, no schema change: the trigger that keeps a status posting's movements
// (status_postings_rels) from being changed or deleted apart from their posting, which Payload's
// schema does not describe. up installs the ledger's guards that are missing; down drops that one.

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await installLedgerGuards(db)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await dropLedgerGuards(db, ['status_postings_rels_immutable'])
}
