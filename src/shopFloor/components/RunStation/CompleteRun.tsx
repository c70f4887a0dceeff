'use client'
import React, { useState } from 'react'

import { useManufacturingApi } from '../../../platform/components/useManufacturingApi'
import { StationNotice } from '../stationParts/StationNotice'
import { useStationSubmit } from '../stationParts/useStationSubmit'
import { TouchButton } from '../touch/TouchButton'

/** Completes the run after a second tap: nothing can be recorded on it afterwards. */
export function CompleteRun({ code, run }: { code: string; run: number }) {
  const { action } = useManufacturingApi()
  const { busy, outcome, run: submit } = useStationSubmit()
  const [asking, setAsking] = useState(false)
  const complete = () =>
    submit(async () => {
      await action('completeRun', { run })
      setAsking(false)
      return `${code} is completed.`
    })
  return (
    <div style={{ display: 'grid', gap: 8, marginTop: 12 }}>
      {asking ? (
        <>
          <p style={{ fontSize: 20, margin: 0 }}>
            Complete {code}? Nothing more can be recorded on it afterwards.
          </p>
          <div style={{ display: 'flex', gap: 8 }}>
            <TouchButton
              disabled={busy}
              id="confirm-complete-run"
              onClick={complete}
              tone="primary"
            >
              {busy ? 'Completing…' : 'Complete the run'}
            </TouchButton>
            <TouchButton disabled={busy} onClick={() => setAsking(false)}>
              Not yet
            </TouchButton>
          </div>
        </>
      ) : (
        <TouchButton id="complete-run" large onClick={() => setAsking(true)} tone="primary">
          Complete run
        </TouchButton>
      )}
      <StationNotice id="complete-run-outcome" outcome={outcome} />
    </div>
  )
}
