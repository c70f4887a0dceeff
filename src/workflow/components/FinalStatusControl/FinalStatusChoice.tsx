'use client'
import { Button } from '@payloadcms/ui'
import React from 'react'

import { inputStyle } from '../../../platform/components/Dialog/index.client'
import { type Ordered } from './useMakeFinal'

type Props = {
  busy: boolean
  chosen: string
  onChoose: (status: string) => void
  onMakeFinal: () => void
  others: Ordered[]
}

/** The status to make final, chosen among the others, and the button that makes it so. */
export function FinalStatusChoice({ busy, chosen, onChoose, onMakeFinal, others }: Props) {
  return (
    <>
      <select
        aria-label="Status to make final"
        disabled={busy}
        id="final-status-choice"
        onChange={(event) => onChoose(event.target.value)}
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
        onClick={onMakeFinal}
        size="small"
      >
        Make final
      </Button>
    </>
  )
}
