import { type ApiRefusal, fetchJson } from '../../../platform/components/fetchJson'

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

/**
 * What to ask the admin after a refused change of the final status: the refusal's own count and
 * message, or, when the answer carried neither (a server that words its errors for the public),
 * the documents done in the final status counted over REST. Null for any other refusal.
 */
export async function unlockToConfirm(
  reason: unknown,
  api: string,
  final: { id: number; name: string },
): Promise<null | { count: number; message: string }> {
  const count = unlockCountOf(reason)
  if (count !== null) return { count, message: (reason as Error).message }
  if ((reason as Partial<ApiRefusal>)?.status !== 409) return null
  const inFinal = async (slug: string) =>
    (
      await fetchJson<{ totalDocs: number }>(
        `${api}/${slug}?where[status][equals]=${final.id}&limit=1&depth=0`,
      )
    ).totalDocs
  const counted = (await inFinal('executions')) + (await inFinal('manufacturing-orders'))
  if (counted === 0) return null
  return {
    count: counted,
    message: `${counted} document${counted === 1 ? '' : 's'} done in ${final.name} would be unlocked.`,
  }
}
