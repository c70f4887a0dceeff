import type { AfterErrorHook } from 'payload'

import { databaseRefusal } from '../databaseRefusal'

/**
 * Payload's own operations (REST and GraphQL) answer a refusal from the database with its status
 * and a plain message (see databaseRefusal), not 500 "Something went wrong.". Plugin actions
 * translate the same errors themselves (runAction), after retrying a lost race (withRetry).
 */
export const answerDatabaseRefusals: AfterErrorHook = ({ error, graphqlResult }) => {
  const refusal = databaseRefusal(error)
  if (!refusal) return
  if (graphqlResult)
    return {
      graphqlResult: {
        ...graphqlResult,
        extensions: { ...graphqlResult.extensions, name: 'APIError', statusCode: refusal.status },
        message: refusal.message,
      },
    }
  return { response: { errors: [{ message: refusal.message }] }, status: refusal.status }
}
