import type { Payload } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import { type SeedReport, seedDemoFactory } from './seedDemoFactory'

/** Seeds in one transaction: a failure leaves the database as it was. */
export async function runSeed(payload: Payload): Promise<SeedReport> {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const report = await seedDemoFactory(req)
    await commitTransaction(req)
    return report
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
