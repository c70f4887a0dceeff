'use client'
import { toast } from '@payloadcms/ui'
import { useState } from 'react'

/**
 * A button's work run once at a time: `busy` while it runs, and what went wrong shown as an error
 * toast rather than thrown.
 */
export function useToastedRun() {
  const [busy, setBusy] = useState(false)
  const run = async (work: () => Promise<void>) => {
    setBusy(true)
    try {
      await work()
    } catch (reason) {
      toast.error((reason as Error).message)
    } finally {
      setBusy(false)
    }
  }
  return { busy, run }
}
