'use client'
import type { ManufacturingOrder } from '../../../payload-types'

import { toast } from '@payloadcms/ui'
import { useState } from 'react'

import { fetchJson } from '../../../platform/components/fetchJson'

export type Open = 'output' | 'pick' | 'reverse' | null

/** An output row of the order, as stored. */
export type OutputRow = NonNullable<ManufacturingOrder['outputs']>[number]

/** What each of the order's dialogs is given. */
export type OrderDialogProps = {
  apiURL: string
  onClose: () => void
  onDone: () => void
  order: number
}

/**
 * Which of the order's dialogs is open, and the order as stored when it opened: a dialog works
 * from what the server holds, not from unsaved edits.
 */
export function useStoredOrder(apiURL: string, id: number | string | undefined) {
  const [open, setOpen] = useState<Open>(null)
  const [order, setOrder] = useState<ManufacturingOrder | null>(null)
  const show = async (which: Open) => {
    try {
      setOrder(await fetchJson<ManufacturingOrder>(`${apiURL}/manufacturing-orders/${id}?depth=0`))
      setOpen(which)
    } catch (reason) {
      toast.error((reason as Error).message)
    }
  }
  return { open, order, setOpen, show }
}
