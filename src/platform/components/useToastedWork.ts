'use client'
import { toast } from '@payloadcms/ui'
import { useState } from 'react'

/**
 * A button's work attempted once at a time: `busy` while it is under way, and what went wrong
 * shown as an error toast rather than thrown.
 */
export function useToastedWork() {
  const [busy, setBusy] = useState(false)
  const attempt = async (work: () => Promise<void>) => {
    setBusy(true)
    try {
      await work()
    } catch (reason) {
      toast.error((reason as Error).message)
    } finally {
      setBusy(false)
    }
  }
  return { attempt, busy }
}
