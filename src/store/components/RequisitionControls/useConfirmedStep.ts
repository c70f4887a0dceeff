'use client'
import { toast } from '@payloadcms/ui'
import { useState } from 'react'

import { postAction } from '../../../platform/components/fetchJson'

/** A step taken on the requisition at once, after the user confirms; busy while it runs. */
export function useConfirmedStep(apiURL: string, onDone: () => void) {
  const [busy, setBusy] = useState(false)
  const run = async (requisition: number, question: string, action: string, success: string) => {
    if (!window.confirm(question)) return
    setBusy(true)
    try {
      await postAction(apiURL, action, { requisition })
      toast.success(success)
      onDone()
    } catch (reason) {
      toast.error((reason as Error).message, { duration: 12_000 })
    } finally {
      setBusy(false)
    }
  }
  return { busy, run }
}
