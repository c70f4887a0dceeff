'use client'
import type { CombinedPreview } from '../../actions/previewExecutionsTransition'

import { toast } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { ChoiceSelect, GridField } from '../../../platform/components/Dialog/fields'
import { FormDialog } from '../../../platform/components/Dialog/FormDialog'
import { postAction } from '../../../platform/components/fetchJson'
import { useSubmit } from '../../../platform/components/useSubmit'
import { useProductionStatuses } from '../../../workflow/components/StatusBadge/productionStatuses'
import { ChangesTable } from '../../../workflow/components/StatusPickerField/ChangesTable'

type Props = { apiURL: string; ids: number[]; onClose: () => void; onDone: () => void }

/**
 * Changes the status of the selected executions after one combined preview: the stock all the
 * moves change together, and each execution's problems. All move, or none.
 */
export function BulkStatusDialog({ apiURL, ids, onClose, onDone }: Props) {
  const { statuses } = useProductionStatuses({ fresh: true })
  const [status, setStatus] = useState<number | null>(null)
  const [preview, setPreview] = useState<CombinedPreview | null>(null)
  const submission = useSubmit()
  const { setError } = submission

  const key = ids.join(',')
  useEffect(() => {
    if (status === null) return
    let current = true
    setPreview(null)
    setError(null)
    postAction<CombinedPreview>(apiURL, 'previewExecutionsTransition', {
      ids: key.split(',').map(Number),
      status,
    })
      .then((result) => current && setPreview(result))
      .catch((reason: Error) => current && setError(reason.message))
    return () => {
      current = false
    }
  }, [apiURL, key, status])

  const move = () =>
    submission.submit(async () => {
      const result = await postAction<{ moved: string[] }>(apiURL, 'changeExecutionsStatus', {
        ids,
        status,
      })
      toast.success(`Moved ${result.moved.length} to ${preview?.to.name}`)
      onDone()
    })

  return (
    <FormDialog
      confirm={{ disabled: !preview?.allowed, label: 'Move all', onClick: move }}
      id="bulk-status"
      onClose={onClose}
      submission={submission}
      title={`Change the status of ${ids.length} execution${ids.length === 1 ? '' : 's'}`}
    >
      <GridField label="New status" style={{ marginBottom: 16 }}>
        <ChoiceSelect
          choices={(statuses ?? []).map((s) => [s.id, s.name] as const)}
          name="status"
          onChange={(value) => setStatus(Number(value) || null)}
          value={status ?? ''}
        >
          <option value="">Choose…</option>
        </ChoiceSelect>
      </GridField>
      {preview && <CombinedChanges preview={preview} />}
    </FormDialog>
  )
}

/** What all the moves change together, and each execution's problems. */
function CombinedChanges({ preview }: { preview: CombinedPreview }) {
  return (
    <>
      <ChangesTable changes={preview.changes} />
      {preview.problems.length > 0 && (
        <ul data-testid="bulk-status-problems" style={{ color: 'var(--theme-error-750)' }}>
          {preview.problems.map((problem, index) => (
            <li key={index}>
              {problem.code ? `${problem.code}: ` : ''}
              {problem.message}
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
