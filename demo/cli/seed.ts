import config from '@payload-config'
import { getPayload } from 'payload'

import { demoUsers } from '../seed/demoUsers'
import { runSeed } from '../seed/runSeed'

// Seeds the demo factory (idempotent) and prints the demo logins.
const payload = await getPayload({ config })
const { created } = await runSeed(payload)
console.log(
  created.length
    ? `[manufacturing] Seeded: ${created.join(', ')}.`
    : '[manufacturing] Demo data already present.',
)
console.log('[manufacturing] Demo logins (email / password):')
for (const user of demoUsers)
  console.log(`  ${user.role.padEnd(14)} ${user.email} / ${user.password}`)
await payload.destroy()
process.exit(0)
