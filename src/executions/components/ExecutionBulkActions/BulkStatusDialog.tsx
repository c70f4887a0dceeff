'use client'
import type { CombinedPreview } from '../../actions/previewExecutionsTransition'

import { Button, toast } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { Dialog, DialogError, inputStyle } from '../../../platform/components/Dialog/index.client'
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
  const { busy, error, setError, submit } = useSubmit()

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

  const move = async () => {
    await submit(async () => {
      const result = await postAction<{ moved: string[] }>(apiURL, 'changeExecutionsStatus', {
        ids,
        status,
      })
      toast.success(`Moved ${result.moved.length} to ${preview?.to.name}`)
      onDone()
    })
  }

  return (
    <Dialog
      actions={
        <>
          <Button buttonStyle="secondary" onClick={onClose} size="medium">
            Cancel
          </Button>
          <Button
            disabled={busy || !preview?.allowed}
            id="bulk-status-confirm"
            onClick={move}
            size="medium"
          >
            Move all
          </Button>
        </>
      }
      id="bulk-status"
      onClose={onClose}
      title={`Change the status of ${ids.length} execution${ids.length === 1 ? '' : 's'}`}
    >
      <label style={{ display: 'grid', gap: 6, marginBottom: 16 }}>
        New status
        <select
          name="status"
          onChange={(event) => setStatus(Number(event.target.value) || null)}
          style={inputStyle}
          value={status ?? ''}
        >
          <option value="">Choose…</option>
          {(statuses ?? []).map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      {preview && (
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
      )}
      <DialogError message={error} />
    </Dialog>
  )
}
