import { useConfig } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { fetchJson } from '../../../platform/components/fetchJson'

export type ProductionStatus = { color: string; icon: string; id: number; name: string }

const cache = new Map<string, Promise<ProductionStatus[]>>()

/**
 * The workflow's statuses in order, fetched once per page load and shared by every cell of a list.
 * `fresh` fetches again (the picker and the delete dialog must see the current order).
 */
export function loadProductionStatuses(apiURL: string, fresh = false) {
  const url = `${apiURL}/production-statuses?limit=200&depth=0&sort=_order`
  const cached = cache.get(url)
  if (cached && !fresh) return cached
  const statuses = fetchJson<{ docs: ProductionStatus[] }>(url).then((body) => body.docs)
  cache.set(url, statuses)
  // A failed load is not cached: the next caller tries again.
  statuses.catch(() => cache.get(url) === statuses && cache.delete(url))
  return statuses
}

/** Forgets the cached statuses, after one is deleted or reordered. */
export const forgetProductionStatuses = () => cache.clear()

/** The statuses in workflow order; `null` while loading, with the error if loading failed. */
export function useProductionStatuses({ fresh = false } = {}) {
  const { config } = useConfig()
  const apiURL = `${config.serverURL}${config.routes.api}`
  const [statuses, setStatuses] = useState<null | ProductionStatus[]>(null)
  const [error, setError] = useState<null | string>(null)
  useEffect(() => {
    let current = true
    loadProductionStatuses(apiURL, fresh).then(
      (docs) => current && setStatuses(docs),
      (reason: Error) => current && setError(reason.message),
    )
    return () => {
      current = false
    }
  }, [apiURL, fresh])
  return { error, statuses }
}
