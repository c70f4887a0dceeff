'use client'
import { useDocumentInfo, useForm } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { fetchJson } from '../../platform/components/fetchJson'
import { useManufacturingApi } from '../../platform/components/useManufacturingApi'

const changed = 'payload-manufacturing:production-run-changed'

/** Tells the run's page (summary, history, buttons) that its entries or status changed. */
export const announceRunChanged = (): void => {
  window.dispatchEvent(new Event(changed))
}

/** Grows each time the run changes: an effect dependency that makes a component reload. */
export function useRunVersion(): number {
  const [version, setVersion] = useState(0)
  useEffect(() => {
    const bump = () => setVersion((n) => n + 1)
    window.addEventListener(changed, bump)
    return () => window.removeEventListener(changed, bump)
  }, [])
  return version
}

/** What the actions keep on a run, which the form must hold fresh or a later save is refused. */
const progressFields = ['status', 'currentStage', 'currentStageName', 'completedAt'] as const

/**
 * Brings the form's copy of the run's progress (status, current stage, completion) up to date
 * after an action changed it, without marking the form modified: the run's hooks refuse a save
 * that would write back stale values.
 */
export function useSyncRunProgress() {
  const { dispatchFields } = useForm()
  const { id } = useDocumentInfo()
  const { apiURL } = useManufacturingApi()
  return useCallback(async () => {
    const select = progressFields.map((field) => `select[${field}]=true`).join('&')
    const run = await fetchJson<Record<string, unknown>>(
      `${apiURL}/production-runs/${id}?depth=0&${select}`,
    )
    for (const path of progressFields) {
      const value = run[path] ?? null
      dispatchFields({ type: 'UPDATE', initialValue: value, path, value })
    }
  }, [apiURL, dispatchFields, id])
}
