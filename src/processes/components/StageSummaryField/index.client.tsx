'use client'
import type { RunSummaryView } from '../../actions/productionRunSummary'

import { FieldLabel, useDocumentInfo } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { useManufacturingApi } from '../../../platform/components/useManufacturingApi'
import { useRunVersion } from '../runProgress'
import { SummaryTable } from './SummaryTable'

/**
 * The run's stage summary, always at the top of the run: it reloads whenever an entry is
 * recorded or reversed on the page (see announceRunChanged).
 */
export function StageSummaryField() {
  const { id } = useDocumentInfo()
  const { action } = useManufacturingApi()
  const version = useRunVersion()
  const [summary, setSummary] = useState<null | RunSummaryView>(null)
  const [error, setError] = useState<null | string>(null)
  useEffect(() => {
    if (!id) return
    let current = true
    action<RunSummaryView>('productionRunSummary', { run: Number(id) }).then(
      (result) => current && (setSummary(result), setError(null)),
      (reason: Error) => current && setError(reason.message),
    )
    return () => {
      current = false
    }
  }, [action, id, version])
  if (!id) return null
  return (
    <div className="field-type" style={{ marginBottom: 'calc(var(--base) * 1.5)' }}>
      <FieldLabel label="Stage summary" />
      {error && <p role="alert">Could not load the summary: {error}</p>}
      {summary ? <SummaryTable summary={summary} /> : !error && <p>Loading the summary…</p>}
    </div>
  )
}
