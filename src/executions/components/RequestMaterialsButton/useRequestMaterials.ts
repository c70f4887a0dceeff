'use client'
import { useState } from 'react'

import { useManufacturingApi } from '../../../platform/components/useManufacturingApi'
import type { RaisedRequisitions } from './RaisedRequisitionsDialog'

/**
 * Runs the store's requestMaterials (by name, over HTTP) for executions or a plan, and keeps what
 * it answered, or its refusal, for the dialog that shows it.
 */
export function useRequestMaterials() {
  const { action } = useManufacturingApi()
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<null | RaisedRequisitions>(null)
  const [error, setError] = useState<null | string>(null)
  const request = async (args: { executions: number[] } | { plan: number }) => {
    setBusy(true)
    setError(null)
    try {
      setResult(await action<RaisedRequisitions>('requestMaterials', args))
    } catch (reason) {
      setError((reason as Error).message)
    } finally {
      setBusy(false)
    }
  }
  const clear = () => {
    setResult(null)
    setError(null)
  }
  return { busy, clear, error, request, result, shown: Boolean(result || error) }
}
