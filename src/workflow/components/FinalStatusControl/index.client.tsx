'use client'
import { useAuth } from '@payloadcms/ui'
import React, { useState } from 'react'

import { DialogError } from '../../../platform/components/Dialog/index.client'
import { StatusBadge } from '../StatusBadge'
import { useProductionStatuses } from '../StatusBadge/productionStatuses'
import { FinalStatusChoice } from './FinalStatusChoice'
import { UnlockConfirmation } from './UnlockConfirmation'
import { type Ordered, useMakeFinal } from './useMakeFinal'

const style: React.CSSProperties = {
  alignItems: 'center',
  display: 'flex',
  flexWrap: 'wrap',
  gap: 8,
  margin: '8px 0',
  minHeight: 40,
}

/** The final status, and for those who may manage statuses, the choice of another one. */
function FinalStatusPanel({ final, others }: { final: Ordered; others: Ordered[] }) {
  const { permissions } = useAuth()
  const mayManage = Boolean(permissions?.collections?.['production-statuses']?.update)
  const [choice, setChoice] = useState('')
  const chosen = choice || String(others[others.length - 1]!.id)
  const { busy, error, pending, send, setPending } = useMakeFinal(final, others, chosen)
  return (
    <div id="final-status-control" style={style}>
      <span>Final status (done, locked):</span>
      <StatusBadge status={final} />
      {mayManage && (
        <FinalStatusChoice
          busy={busy}
          chosen={chosen}
          onChoose={(status) => {
            setChoice(status)
            setPending(null)
          }}
          onMakeFinal={() => send()}
          others={others}
        />
      )}
      {pending && (
        <UnlockConfirmation busy={busy} onConfirm={() => send(pending.count)} pending={pending} />
      )}
      <DialogError message={error} />
    </div>
  )
}

/**
 * Above the statuses list: which status is final (done, and locking what is in it), and a way to
 * make another one final. While documents are done in the final status the API refuses with
 * their count; this asks the admin to confirm that count before sending it again. (A drag in the
 * list that would change the final status is refused and rolled back.)
 */
export function FinalStatusControl() {
  const { statuses } = useProductionStatuses({ fresh: true })
  const ordered = (statuses ?? []) as Ordered[]
  const final = ordered[ordered.length - 1]
  // Its place is kept while the statuses load, so the list below does not jump under a drag.
  if (!statuses) return <div aria-busy="true" style={style} />
  if (!final || ordered.length < 2) return null
  return <FinalStatusPanel final={final} others={ordered.slice(0, -1)} />
}
