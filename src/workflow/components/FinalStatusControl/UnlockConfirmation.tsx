'use client'
import { Button } from '@payloadcms/ui'
import React from 'react'

import { type PendingUnlock } from './useMakeFinal'

/** What the API said is done in the final status, and the button that unlocks that count. */
export function UnlockConfirmation(props: {
  busy: boolean
  onConfirm: () => void
  pending: PendingUnlock
}) {
  return (
    <div id="final-status-confirmation" role="alert" style={{ flexBasis: '100%' }}>
      <p style={{ margin: '4px 0' }}>{props.pending.message}</p>
      <Button
        buttonStyle="primary"
        disabled={props.busy}
        id="confirm-unlock"
        margin={false}
        onClick={props.onConfirm}
        size="small"
      >
        Unlock {props.pending.count} documents and make it final
      </Button>
    </div>
  )
}
