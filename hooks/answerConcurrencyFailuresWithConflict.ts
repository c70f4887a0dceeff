import type { AfterErrorHook } from 'payload'

import { concurrencyMessage, isConcurrencyFailure } from '../src/ledger/concurrencyConflict'

/**
 * Payload's own operations (PATCH /api/executions/:id, GraphQL updates) run no retry: a deadlock
 * or serialization failure they lose to a concurrent request is answered 409 with a plain
 * message, not 500 "Something went wrong.". Plugin actions retry first (see withRetry).
 */
export const answerConcurrencyFailuresWithConflict: AfterErrorHook = ({ error, graphqlResult }) => {
  if (!isConcurrencyFailure(error)) return
  if (graphqlResult)
    return {
      graphqlResult: {
        ...graphqlResult,
        extensions: { ...graphqlResult.extensions, name: 'APIError', statusCode: 409 },
        message: concurrencyMessage,
      },
    }
  return { response: { errors: [{ message: concurrencyMessage }] }, status: 409 }
}
