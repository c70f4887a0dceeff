import type { AfterErrorHook } from 'payload'

import { unreachableForCaller } from '../databaseReachable'
import { type DatabaseRefusal, databaseRefusal } from '../databaseRefusal'

/** A 401 or 403 (REST, or GraphQL's original error): the caller may only look anonymous. */
const refusedAccess = (error: unknown) => {
  const { originalError, status } = error as {
    originalError?: { status?: number }
    status?: number
  }
  const code = status ?? originalError?.status
  return code === 401 || code === 403
}

/**
 * Payload's own operations (REST and GraphQL) answer a refusal from the database with its status
 * and a plain message (see databaseRefusal), not 500 "Something went wrong.", and a logged-in caller
 * refused only because the database could not load their user with 503, not 401 / 403. Plugin actions translate the same errors themselves
 * (performAction), after retrying a lost race (withRetry).
 */
export const answerDatabaseRefusals: AfterErrorHook = async ({ error, graphqlResult, req }) => {
  const refusal: DatabaseRefusal | undefined =
    databaseRefusal(error) ?? (refusedAccess(error) ? await unreachableForCaller(req) : undefined)
  if (!refusal) return
  const { data, message, status } = refusal
  if (graphqlResult)
    return {
      graphqlResult: {
        ...graphqlResult,
        extensions: { ...graphqlResult.extensions, data, name: 'APIError', statusCode: status },
        message,
      },
    }
  return {
    response: { errors: [{ name: 'APIError', data, message }] },
    status,
  }
}
