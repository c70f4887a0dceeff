'use client'
import type { ProductionRunEntry } from '../../../payload-types'
import type { RunSummaryView } from '../../actions/productionRunSummary'

import { useEffect, useState } from 'react'

import { fetchJson } from '../../../platform/components/fetchJson'
import { useManufacturingApi } from '../../../platform/components/useManufacturingApi'

/** The run's summary and its entries, read again at every new version of the run. */
export function useRunHistory(id: number | string | undefined, version: number) {
  const { action, apiURL } = useManufacturingApi()
  const [summary, setSummary] = useState<null | RunSummaryView>(null)
  const [entries, setEntries] = useState<ProductionRunEntry[]>([])
  const [error, setError] = useState<null | string>(null)
  useEffect(() => {
    if (!id) return
    let current = true
    Promise.all([
      action<RunSummaryView>('productionRunSummary', { run: Number(id) }),
      fetchJson<{ docs: ProductionRunEntry[] }>(
        `${apiURL}/production-run-entries?where[run][equals]=${id}&depth=1&pagination=false&sort=id`,
      ),
    ]).then(
      ([loaded, { docs }]) => {
        if (!current) return
        setSummary(loaded)
        setEntries(docs)
        setError(null)
      },
      (reason: Error) => current && setError(reason.message),
    )
    return () => {
      current = false
    }
  }, [action, apiURL, id, version])
  return { entries, error, summary }
}
