'use client'
import { usePathname, useRouter, useSearchParams } from 'next/navigation'

/**
 * The quick filters of a list, kept in the URL beside the `where` they build, so that a filtered
 * view is a link. `apply` drops the old `where` and page, keeps the rest of the query, and goes to
 * the list filtered by the changed values.
 */
export function useListFilters<K extends string>(
  keys: readonly K[],
  whereOf: (filters: Record<K, string>, today: string) => [string, string][],
) {
  const router = useRouter()
  const pathname = usePathname()
  const params = useSearchParams()
  const current = Object.fromEntries(keys.map((key) => [key, params.get(key) ?? ''])) as Record<
    K,
    string
  >

  const apply = (change: Partial<Record<K, string>>) => {
    const next = { ...current, ...change }
    const query = new URLSearchParams()
    for (const [key, value] of params)
      if (!key.startsWith('where') && ![...keys, 'page'].includes(key)) query.append(key, value)
    for (const key of keys) if (next[key]) query.set(key, next[key])
    for (const [key, value] of whereOf(next, new Date().toISOString().slice(0, 10)))
      query.append(key, value)
    router.push(`${pathname}?${query.toString()}`)
  }
  return { apply, current }
}
