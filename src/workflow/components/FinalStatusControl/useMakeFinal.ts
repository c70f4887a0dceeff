'use client'
import { toast, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { fetchJson } from '../../../platform/components/fetchJson'
import { forgetProductionStatuses, type ProductionStatus } from '../StatusBadge/productionStatuses'
import { unlockToConfirm } from './unlockConfirmation'

export type Ordered = ProductionStatus & { _order: string }
export type PendingUnlock = { count: number; message: string }

/**
 * Moves the chosen status after the final one. Refused while documents are done in the final
 * status, it keeps the count the API asks to confirm, and `send(count)` sends it again with it.
 */
export function useMakeFinal(final: Ordered, others: Ordered[], chosen: string) {
  const { config } = useConfig()
  const router = useRouter()
  const [pending, setPending] = useState<null | PendingUnlock>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<null | string>(null)
  const api = `${config.serverURL}${config.routes.api}`

  const send = async (confirmUnlock?: number) => {
    setBusy(true)
    setError(null)
    try {
      const query = confirmUnlock === undefined ? '' : `?confirmUnlock=${confirmUnlock}`
      await fetchJson(`${api}/reorder${query}`, {
        json: {
          collectionSlug: 'production-statuses',
          docsToMove: [Number(chosen)],
          newKeyWillBe: 'greater',
          orderableFieldName: '_order',
          target: { id: final.id, key: final._order },
        },
        method: 'POST',
      })
      forgetProductionStatuses()
      setPending(null)
      toast.success(`${others.find((s) => String(s.id) === chosen)?.name} is now the final status`)
      router.refresh()
    } catch (reason) {
      const ask =
        confirmUnlock === undefined
          ? await unlockToConfirm(reason, api, final).catch(() => null)
          : null
      if (ask) setPending(ask)
      else setError((reason as Error).message)
    } finally {
      setBusy(false)
    }
  }
  return { busy, error, pending, send, setPending }
}
