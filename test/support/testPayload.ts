import type { Payload, SanitizedConfig } from 'payload'

import { getPayload } from 'payload'
import { inject } from 'vitest'

let loaded: Promise<{ config: SanitizedConfig; payload: Payload }> | undefined

/** The app's own config and Payload on the suite's migrated database (one per test file). */
export function testPayload() {
  loaded ??= (async () => {
    process.env.DATABASE_URI = inject('databaseUri')
    process.env.PAYLOAD_DB_PUSH = 'false'
    const config = await (await import('../../demo/payload.config')).default
    const payload = await getPayload({ config })
    return { config, payload }
  })()
  return loaded
}
