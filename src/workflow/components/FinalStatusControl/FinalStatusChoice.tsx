'use client'
import React from 'react'

import { ChoiceSelect } from '../../../platform/components/Dialog/fields'
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
      <ChoiceSelect
        aria-label="Status to make final"
        choices={others.map((status) => [status.id, status.name] as const)}
        disabled={busy}
        id="final-status-choice"
        onChange={onChoose}
        style={{ width: 'auto' }}
        value={chosen}
      />
      <SecondaryButton disabled={busy} id="make-final-status" onClick={onMakeFinal} size="small">
        Make final
      </SecondaryButton>
    </>
  )
}
