'use client'
import React from 'react'

import { inputStyle } from '../../../platform/components/Dialog/index.client'
import { SecondaryButton } from '../../../platform/components/SecondaryButtons/index.client'
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
      <SecondaryButton disabled={busy} id="make-final-status" onClick={onMakeFinal} size="small">
        Make final
      </SecondaryButton>
    </>
  )
}
