'use client'
import React from 'react'

import type { StationOutcome } from './useStationSubmit'

const looks = {
  done: { border: 'var(--theme-success-500)', title: 'Done' },
  dropped: { border: 'var(--theme-warning-500)', title: 'No answer' },
  refused: { border: 'var(--theme-error-500)', title: 'Refused' },
}

/** How the last step went, in large type: what was recorded, or why not. */
export function StationNotice({ id, outcome }: { id: string; outcome: StationOutcome }) {
  if (!('message' in outcome)) return null
  const look = looks[outcome.state]
  return (
    <div
      data-outcome={outcome.state}
      id={id}
      role={outcome.state === 'done' ? 'status' : 'alert'}
      style={{
        background: 'var(--theme-elevation-50)',
        borderLeft: `6px solid ${look.border}`,
        borderRadius: 'var(--style-radius-m, 8px)',
        fontSize: 18,
        margin: '12px 0',
        padding: '12px 16px',
        whiteSpace: 'pre-line',
      }}
    >
      <strong>{look.title}: </strong>
      {outcome.message}
    </div>
  )
}
