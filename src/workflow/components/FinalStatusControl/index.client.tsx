'use client'
import { Button, toast, useAuth, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import { DialogError, inputStyle } from '../../../platform/components/Dialog/index.client'
import { fetchJson } from '../../../platform/components/fetchJson'
import { StatusBadge } from '../StatusBadge'
import {
  forgetProductionStatuses,
  type ProductionStatus,
  useProductionStatuses,
} from '../StatusBadge/productionStatuses'
import { unlockToConfirm } from './unlockConfirmation'

type Ordered = ProductionStatus & { _order: string }

/**
 * Above the statuses list: which status is final (done, and locking what is in it), and a way to
 * make another one final. While documents are done in the final status the API refuses with
 * their count; this asks the admin to confirm that count before sending it again. (A drag in the
 * list that would change the final status is refused and rolled back.)
 */
export function FinalStatusControl() {
  const { config } = useConfig()
  const { permissions } = useAuth()
  const mayManage = Boolean(permissions?.collections?.['production-statuses']?.update)
  const router = useRouter()
  const { statuses } = useProductionStatuses({ fresh: true })
  const [choice, setChoice] = useState('')
  const [pending, setPending] = useState<null | { count: number; message: string }>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<null | string>(null)
  const ordered = (statuses ?? []) as Ordered[]
  const final = ordered[ordered.length - 1]
  const style: React.CSSProperties = {
    alignItems: 'center',
    display: 'flex',
    flexWrap: 'wrap',
    gap: 8,
    margin: '8px 0',
    minHeight: 40,
  }
  // Its place is kept while the statuses load, so the list below does not jump under a drag.
  if (!statuses) return <div aria-busy="true" style={style} />
  if (!final || ordered.length < 2) return null
  const others = ordered.slice(0, -1)
  const chosen = choice || String(others[others.length - 1]!.id)

  const send = async (confirmUnlock?: number) => {
    setBusy(true)
    setError(null)
    try {
      const query = confirmUnlock === undefined ? '' : `?confirmUnlock=${confirmUnlock}`
      await fetchJson(`${config.serverURL}${config.routes.api}/reorder${query}`, {
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
      const api = `${config.serverURL}${config.routes.api}`
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

  return (
    <div id="final-status-control" style={style}>
      <span>Final status (done, locked):</span>
      <StatusBadge status={final} />
      {mayManage && (
        <>
          <select
            aria-label="Status to make final"
            disabled={busy}
            id="final-status-choice"
            onChange={(event) => {
              setChoice(event.target.value)
              setPending(null)
            }}
            style={{ ...inputStyle, width: 'auto' }}
            value={chosen}
          >
            {others.map((status) => (
              <option key={status.id} value={status.id}>
                {status.name}
              </option>
            ))}
          </select>
          <Button
            buttonStyle="secondary"
            disabled={busy}
            id="make-final-status"
            margin={false}
            onClick={() => send()}
            size="small"
          >
            Make final
          </Button>
        </>
      )}
      {pending && (
        <div id="final-status-confirmation" role="alert" style={{ flexBasis: '100%' }}>
          <p style={{ margin: '4px 0' }}>{pending.message}</p>
          <Button
            buttonStyle="primary"
            disabled={busy}
            id="confirm-unlock"
            margin={false}
            onClick={() => send(pending.count)}
            size="small"
          >
            Unlock {pending.count} documents and make it final
          </Button>
        </div>
      )}
      <DialogError message={error} />
    </div>
  )
}
