import { useState } from 'react'

/**
 * What a dialog's confirm button needs: `submit(work)` runs the request, keeps `busy` while it
 * runs and after it succeeds (the dialog then closes or the page moves on, so a second click
 * cannot send it twice), and shows what the API refused as `error` instead of throwing.
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
      setBusy(false)
    }
  }
  return { busy, error, setError, submit }
}
