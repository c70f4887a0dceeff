import type { PayloadRequest } from 'payload'

import { clientKeyOf } from '../platform/rules/idempotency'
import { invalid } from '../platform/errors'
import { textProblem } from '../platform/rules/inputValues'

/**
 * The ledger key for an idempotency key the client sent to `action`, scoped by the requesting
 * user and the action (see clientKeyOf); null when it sent none. A key is at most 100
 * characters, so the scoped key stays within the ledger's 200.
 */
export function clientPostingKey(
  req: PayloadRequest,
  action: string,
  value: unknown,
): null | string {
  if (value === undefined || value === null) return null
  if (typeof value !== 'string' || value.length > 100)
    throw invalid('key', 'must be a string of at most 100 characters')
  const problem = textProblem(value, false)
  if (problem) throw invalid('key', problem)
  if (!value.trim()) return null
  const user = req.user as { collection?: string; id?: number | string } | null
  return clientKeyOf(
    user?.collection && user.id !== undefined ? { collection: user.collection, id: user.id } : null,
    action,
    value.trim(),
  )
}
