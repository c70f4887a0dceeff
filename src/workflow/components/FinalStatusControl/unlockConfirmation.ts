import type { ApiRefusal } from '../../../platform/components/fetchJson'

/**
 * The count a refused change of the final status asks to confirm (its 409's `confirmUnlock`),
 * or null when the refusal was something else.
 */
export function unlockCountOf(reason: unknown): null | number {
  const refusal = reason as Partial<ApiRefusal>
  if (refusal?.status !== 409) return null
  const errors = (refusal.body as { errors?: { data?: { confirmUnlock?: unknown } }[] })?.errors
  const count = errors?.[0]?.data?.confirmUnlock
  return typeof count === 'number' ? count : null
}
