import type { AfterErrorHook } from 'payload'

import { ledgerGuardRefusal } from '../src/ledger/ledgerGuards'

/**
 * A write the database's ledger guards refuse (a trigger or CHECK constraint, the backstop below
 * the collections' own refusals) reaches REST and GraphQL callers as a clear 403 / 400 with the
 * guard's message, not as a 500 "Something went wrong".
 */
export const answerLedgerGuardViolations: AfterErrorHook = ({ error, graphqlResult }) => {
  const refusal = ledgerGuardRefusal(error)
  if (!refusal) return
  if (graphqlResult)
    return {
      graphqlResult: {
        ...graphqlResult,
        extensions: { ...graphqlResult.extensions, statusCode: refusal.status },
        message: refusal.message,
      },
    }
  return { response: { errors: [{ message: refusal.message }] }, status: refusal.status }
}
