import type { Payload } from 'payload'

import { closePayload } from '../support/closePayload'
import { startTestDatabase } from '../support/testDatabase'

type Database = Awaited<ReturnType<typeof startTestDatabase>>

/**
 * Runs a benchmark on a throwaway migrated database of its own and ends the process when it is
 * done: exit 0 after the figures, 1 with the error when anything failed. Whatever happens, the
 * Payload instances the benchmark registered are closed (closePayload), the database is dropped
 * and the embedded server stopped, in that order; the explicit exit then keeps a handle that a
 * library left open (a pool client, a timer) from holding a finished script for ever.
 */
export function runBenchmark(
  name: string,
  port: number,
  main: (context: {
    databaseUri: string
    /** Registers an instance to close before the database is dropped. */
    opened: (payload: Payload) => Payload
  }) => Promise<void>,
): void {
  const instances: Payload[] = []
  let database: Database | undefined
  const cleanUp = async () => {
    for (const payload of instances) await closePayload(payload)
    await database?.teardown()
  }
  const run = async () => {
    try {
      database = await startTestDatabase(name, port)
      await main({
        databaseUri: database.databaseUri,
        opened: (payload) => {
          instances.push(payload)
          return payload
        },
      })
    } catch (error) {
      // The benchmark's own error is the one to report; a failing clean-up only adds to it.
      await cleanUp().catch((cleanUpError) => console.error(cleanUpError))
      throw error
    }
    await cleanUp()
  }
  run().then(
    () => process.exit(0),
    (error) => {
      console.error(error)
      process.exit(1)
    },
  )
}

/**
 * A ratio's line, the form every benchmark prints its ratios in: `ratio <what>: <value>`, and
 * when it has a target ` ok (≤ <target>)` or ` MISSED (≤ <target>)` (`≥` for a floor).
 */
export const ratioLine = (what: string, value: number, target?: number, floor = false) =>
  `ratio ${what}: ${value.toFixed(2)}` +
  (target === undefined
    ? ''
    : ` ${(floor ? value >= target : value <= target) ? 'ok' : 'MISSED'} (${floor ? '≥' : '≤'} ${target})`)
