import type { Payload } from 'payload'

import { installLedgerGuards, missingLedgerGuards } from './ledgerGuards'
import type { Db } from '../platform/transactionDb'

/**
 * The ledger's triggers and CHECK constraints are present on every start: the migration adds
 * them, but a pushed development schema runs no migration (the push itself creates the CHECKs,
 * which the schema declares, but not the triggers), and a host app generates migrations of its
 * own. One catalog query when they are all there; otherwise one transaction under an advisory
 * lock adds what is missing.
 */
export async function ensureLedgerGuards(payload: Payload): Promise<void> {
  const drizzle = (
    payload.db as unknown as {
      drizzle: Db & { transaction: <T>(work: (tx: Db) => Promise<T>) => Promise<T> }
    }
  ).drizzle
  if ((await missingLedgerGuards(drizzle)).length === 0) return
  const added = await drizzle.transaction((tx) => installLedgerGuards(tx))
  if (added.length > 0)
    payload.logger.info(`[manufacturing] ledger guards added: ${added.join(', ')}`)
}
