'use client'
import type { ProductionRunEntry } from '../../../payload-types'
import type { RunSummaryView } from '../../actions/productionRunSummary'

import { Button, FieldLabel, toast, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useEffect, useState } from 'react'

import { fetchJson } from '../../../platform/components/fetchJson'
import { useManufacturingApi } from '../../../platform/components/useManufacturingApi'
import { announceRunChanged, useRunVersion, useSyncRunProgress } from '../runProgress'
import { EntryTimeline } from './EntryTimeline'
import { type RecordKind, RecordEntriesDialog } from './RecordEntriesDialog'

type Props = { canCreateItems: boolean; canRecord: boolean }

// In the order an operator works through a stage.
const labels: [RecordKind, string][] = [
  ['inputs', 'Record inputs'],
  ['outputs', 'Record outputs'],
  ['losses', 'Record losses'],
]

/**
 * The run's history, stage by stage (who recorded what, when, and the movements it posted), with
 * the forms that record inputs, outputs and losses and the reversal of a wrong entry.
 */
export function ProductionRunHistoryClient({ canCreateItems, canRecord }: Props) {
  const { id } = useDocumentInfo()
  const location = useFormFields(([fields]) => fields.location?.value as number | undefined)
  const currentStage = useFormFields(([fields]) => fields.currentStage?.value as string | undefined)
  const { action, adminURL, apiURL } = useManufacturingApi()
  const version = useRunVersion()
  const router = useRouter()
  const syncProgress = useSyncRunProgress()
  const [summary, setSummary] = useState<null | RunSummaryView>(null)
  const [entries, setEntries] = useState<ProductionRunEntry[]>([])
  const [error, setError] = useState<null | string>(null)
  const [dialog, setDialog] = useState<null | RecordKind>(null)

  useEffect(() => {
    if (!id) return
    let current = true
    Promise.all([
      action<RunSummaryView>('productionRunSummary', { run: Number(id) }),
      fetchJson<{ docs: ProductionRunEntry[] }>(
        `${apiURL}/production-run-entries?where[run][equals]=${id}&depth=1&pagination=false&sort=id`,
      ),
    ]).then(
      ([loaded, { docs }]) => {
        if (!current) return
        setSummary(loaded)
        setEntries(docs)
        setError(null)
      },
      (reason: Error) => current && setError(reason.message),
    )
    return () => {
      current = false
    }
  }, [action, apiURL, id, version])

  const changed = async (message: string) => {
    toast.success(message)
    announceRunChanged()
    await syncProgress().catch(() => router.refresh())
  }
  const reverse = async (entry: ProductionRunEntry) => {
    if (!window.confirm('Post the exact mirror of this entry? The entry stays in the history.'))
      return
    try {
      await action('reverseEntry', { entry: entry.id })
      await changed(`Entry ${entry.id} reversed`)
    } catch (reason) {
      toast.error((reason as Error).message)
    }
  }

  const open = canRecord && summary?.status === 'in_progress'
  const stages = (summary?.stages ?? []).filter((stage) => !stage.removed)
  return (
    <div className="field-type" id="run-history" style={{ marginBottom: 'var(--base)' }}>
      <FieldLabel label="Stages and entries" />
      {error && <p role="alert">Could not load the entries: {error}</p>}
      {open && (
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginBottom: 'var(--base)' }}>
          {labels.map(([kind, label]) => (
            <Button
              buttonStyle="secondary"
              id={`record-${kind}`}
              key={kind}
              margin={false}
              onClick={() => setDialog(kind)}
              size="medium"
            >
              {label}
            </Button>
          ))}
        </div>
      )}
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
