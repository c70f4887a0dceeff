import { transactionDb } from '../../platform/transactionDb'
import { verifyLedger as verify } from '../verifyLedger'
import { defineAction } from '../../platform/defineAction'

/**
 * Recomputes every balance from the movements and reports each difference (on hand, reserved,
 * available per item × location × lot, double entry per item, item totals); `ok` when there are
 * none. Reads the whole ledger, so it is for administrators: it needs "Manage roles".
 */
export const verifyLedger = defineAction({
  args: {},
  costs: {},
  description: 'verify the inventory ledger',
  kind: 'query',
  name: 'verifyLedger',
  permission: 'roles.manage',
  perform: async (req) => verify(await transactionDb(req)),
})
