import { useState } from 'react'

/**
 * What a dialog's confirm button needs: `submit(work)` runs the request once at a time, keeps
 * `busy` while it runs, and shows what the API refused as `error` instead of throwing.
 */
export function useSubmit() {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<null | string>(null)
  const submit = async (work: () => Promise<void>) => {
    setBusy(true)
    setError(null)
    try {
      await work()
    } catch (reason) {
      setError((reason as Error).message)
    } finally {
      setBusy(false)
    }
  }
  return { busy, error, setError, submit }
}
