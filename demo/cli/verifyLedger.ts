import config from '@payload-config'
import { getPayload } from 'payload'

import type { Db } from '../../src/platform/transactionDb'
import { verifyLedger } from '../../src/ledger/verifyLedger'

// `npm run verify:ledger`: recomputes every balance from the movements, prints each difference
// and exits 1 when there is any (0 on a consistent ledger), so it can run in CI or a cron job.
const payload = await getPayload({ config })
let code = 0
try {
  const result = await verifyLedger((payload.db as unknown as { drizzle: Db }).drizzle)
  const { balances, items, movements } = result.checked
  const checked = `${movements} movements, ${balances} balances, ${items} items`
  if (result.ok) {
    console.log(`[manufacturing] Ledger verified: ${checked}, no differences.`)
  } else {
    console.log(`[manufacturing] Ledger differs from its movements (${checked}):`)
    for (const difference of result.differences) console.log(`  ${difference.message}`)
    console.log(`[manufacturing] ${result.differences.length} difference(s).`)
    code = 1
  }
} finally {
  await payload.destroy()
}
process.exit(code)
