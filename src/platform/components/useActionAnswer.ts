'use client'
import { useState } from 'react'

import { useManufacturingApi } from './useManufacturingApi'

/**
 * One of the plugin's actions run from a button, with what it answered, or its refusal, kept for
 * the dialog that shows it: `busy` while it runs, `clear` once the dialog closes.
 */
export function useActionAnswer<Answer>(name: string) {
  const { action } = useManufacturingApi()
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<null | Answer>(null)
  const [error, setError] = useState<null | string>(null)
  const run = async (args: Record<string, unknown>) => {
    setBusy(true)
    setError(null)
    try {
      setResult(await action<Answer>(name, args))
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
  return { busy, clear, error, result, run }
}
