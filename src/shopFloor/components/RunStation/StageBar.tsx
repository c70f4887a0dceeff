'use client'
import React from 'react'

import { nextStage } from '../../rules/stationChoices'
import { ChoiceButtons } from '../stationParts/ChoiceButtons'
import { TouchButton } from '../touch/TouchButton'
import { CompleteRun } from './CompleteRun'
import type { RunStationData } from './loadRunStation'

type Props = { data: RunStationData; moveTo: (stage: string) => void; stage: string }

/**
 * The process's stages, the one at work pressed; then the next step: move on to the next stage,
 * or, at the last, complete the run (for who may).
 */
export function StageBar({ data, moveTo, stage }: Props) {
  const index = data.stages.findIndex((s) => s.id === stage)
  const next = nextStage(data.stages, stage)
  const open = data.run.status !== 'completed'
  const counts = (id: string) => data.entries.filter((e) => e.stage === id).length
  return (
    <section aria-label="Stages" id="run-stages">
      <p id="stage-at-work" style={{ fontSize: 24, fontWeight: 700, margin: '12px 0 4px' }}>
        Stage {index + 1} of {data.stages.length}: {data.stages[index]?.name}
      </p>
      <ChoiceButtons
        choices={data.stages.map((s, n) => ({
          detail: `${counts(s.id)} entr${counts(s.id) === 1 ? 'y' : 'ies'}`,
          label: `${n + 1}. ${s.name}`,
          value: s.id,
        }))}
        id="stage"
        label="Stage"
        onChange={moveTo}
        value={stage}
      />
      {open && next && (
        <TouchButton id="next-stage" large onClick={() => moveTo(next.id)} tone="primary">
          Next stage: {next.name} →
        </TouchButton>
      )}
      {open && !next && data.can.finalize && <CompleteRun code={data.run.code} run={data.run.id} />}
      {open && !next && !data.can.finalize && (
        <p id="last-stage" role="status">
          This is the last stage. Completing the run is for someone who may complete runs.
        </p>
      )}
    </section>
  )
}
