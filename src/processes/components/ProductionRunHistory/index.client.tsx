'use client'
import { FieldLabel, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import React, { useState } from 'react'

import { useManufacturingApi } from '../../../platform/components/useManufacturingApi'
import { useRunVersion } from '../runProgress'
import { EntryTimeline } from './EntryTimeline'
import { RecordButtons } from './RecordButtons'
import { type RecordKind, RecordEntriesDialog } from './RecordEntriesDialog'
import { useRunChanges } from './useRunChanges'
import { useRunHistory } from './useRunHistory'

type Props = { canCreateItems: boolean; canRecord: boolean }

/**
 * The run's history, stage by stage (who recorded what, when, and the movements it posted), with
 * the forms that record inputs, outputs and losses and the reversal of a wrong entry.
 */
export function ProductionRunHistoryClient({ canCreateItems, canRecord }: Props) {
  const { id } = useDocumentInfo()
  const location = useFormFields(([fields]) => fields.location?.value as number | undefined)
  const currentStage = useFormFields(([fields]) => fields.currentStage?.value as string | undefined)
  const { adminURL, apiURL } = useManufacturingApi()
  const { entries, error, summary } = useRunHistory(id, useRunVersion())
  const { changed, reverse } = useRunChanges()
  const [dialog, setDialog] = useState<null | RecordKind>(null)

  const open = canRecord && summary?.status === 'in_progress'
  const stages = (summary?.stages ?? []).filter((stage) => !stage.removed)
  return (
    <div className="field-type" id="run-history" style={{ marginBottom: 'var(--base)' }}>
      <FieldLabel label="Stages and entries" />
      {error && <p role="alert">Could not load the entries: {error}</p>}
      {open && <RecordButtons onRecord={setDialog} />}
      {summary && (
        <EntryTimeline
          adminURL={adminURL}
          canReverse={open}
          entries={entries}
          onReverse={reverse}
          stages={summary.stages}
        />
      )}
      {dialog && id && (
        <RecordEntriesDialog
          apiURL={apiURL}
          canCreateItems={canCreateItems}
          defaultStage={
            stages.some((s) => s.stage === currentStage) ? currentStage! : stages[0]?.stage
          }
          kind={dialog}
          location={location}
          onClose={() => setDialog(null)}
          onRecorded={(count) => {
            setDialog(null)
            void changed(`${count} entr${count === 1 ? 'y' : 'ies'} recorded`)
          }}
          run={Number(id)}
          stages={stages.map((stage) => ({ id: stage.stage, name: stage.name }))}
        />
      )}
    </div>
  )
}
