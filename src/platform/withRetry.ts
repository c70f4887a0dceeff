import type { PayloadRequest } from 'payload'

import { concurrencyConflict, isConcurrencyFailure } from './concurrencyConflict'
import { inTransaction } from './inTransaction'

/** How many times an action runs before a lost race becomes a 409. */
export const attempts = 3

const pause = (attempt: number) =>
  new Promise((resolve) => setTimeout(resolve, 10 * 2 ** attempt + Math.random() * 40))

/**
 * Runs `work` in a transaction of its own and, when Postgres aborts it because of a concurrent
 * transaction (deadlock, serialization failure), runs the whole of it again in a fresh one after
 * a short random pause, a few times; then answers 409 rather than a 500. Only a transaction this
 * call opens can be replayed whole: inside the caller's, the failure goes up unchanged.
 */
export async function withRetry<Result>(
  req: PayloadRequest,
  work: () => Promise<Result>,
): Promise<Result> {
  if (req.transactionID) return inTransaction(req, work)
  for (let attempt = 1; ; attempt++) {
    try {
      return await inTransaction(req, work)
    } catch (error) {
      if (!isConcurrencyFailure(error)) throw error
      if (attempt >= attempts) throw concurrencyConflict()
      await pause(attempt)
    }
  }
}
