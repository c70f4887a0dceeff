'use client'
import React from 'react'

import type { RunStationData } from './loadRunStation'
import { RecordPanel } from './RecordPanel'
import { StageBar } from './StageBar'
import { StageEntries } from './StageEntries'
import { useRunStage } from './useRunStage'

/** The run's station: the stage at work, its entries, the recording controls and what comes next. */
export function RunStationClient({ data }: { data: RunStationData }) {
  const { moveTo, stage } = useRunStage(data)
  const open = data.run.status !== 'completed'
  if (!stage)
    return <p role="alert">{data.run.process} has no stages: there is nothing to record.</p>
  const name = data.stages.find((s) => s.id === stage)?.name ?? ''
  return (
    <div id="run-station" data-stage={name}>
      {!open && (
        <p id="run-completed" role="status" style={{ fontSize: 20, fontWeight: 600 }}>
          {data.run.code} is completed: nothing more can be recorded.
        </p>
      )}
      <StageBar data={data} moveTo={moveTo} stage={stage} />
      <StageEntries data={data} stage={stage} />
      {open && data.can.record && <RecordPanel data={data} stage={stage} />}
      {open && !data.can.record && (
        <p role="status">You may see this run; recording its stages needs the record permission.</p>
      )}
    </div>
  )
}
