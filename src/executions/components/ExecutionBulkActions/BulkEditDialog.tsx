'use client'
import { Button } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { Dialog, DialogError, inputStyle } from '../../../platform/components/Dialog/index.client'
import { fetchJson, postAction } from '../../../platform/components/fetchJson'
import { useSubmit } from '../../../platform/components/useSubmit'
import { type BulkOutcome, reportOutcome } from './outcome'

type Props = { apiURL: string; ids: number[]; onClose: () => void; onDone: () => void }
type Row = { code: string; id: number; plannedQuantity: string; productionDate: string }

/**
 * Edits the planned quantity and production date of each selected execution in one table; only
 * what was changed is sent. Completed and already consuming executions come back as refused.
 */
export function BulkEditDialog({ apiURL, ids, onClose, onDone }: Props) {
  const [rows, setRows] = useState<Row[] | null>(null)
  const [original, setOriginal] = useState<Row[]>([])
  const { busy, error, setError, submit } = useSubmit()
  const key = ids.join(',')

  useEffect(() => {
    const where = key
      .split(',')
      .map((id, index) => `where[id][in][${index}]=${id}`)
      .join('&')
    fetchJson<{
      docs: { code: string; id: number; plannedQuantity: number; productionDate: string }[]
    }>(`${apiURL}/executions?${where}&depth=0&limit=1000&sort=code`)
      .then(({ docs }) => {
        const loaded = docs.map((doc) => ({
          code: doc.code,
          id: doc.id,
          plannedQuantity: String(doc.plannedQuantity),
          productionDate: doc.productionDate.slice(0, 10),
        }))
        setRows(loaded)
        setOriginal(loaded)
      })
      .catch((reason: Error) => setError(reason.message))
  }, [apiURL, key])

  const edit = (id: number, change: Partial<Row>) =>
    setRows(
      (current) => current?.map((row) => (row.id === id ? { ...row, ...change } : row)) ?? null,
    )

  const save = async () => {
    const updates = (rows ?? []).flatMap((row) => {
      const before = original.find((o) => o.id === row.id)!
      const update: Record<string, unknown> = { id: row.id }
      if (row.plannedQuantity !== before.plannedQuantity)
        update.plannedQuantity = row.plannedQuantity
      if (row.productionDate !== before.productionDate) update.productionDate = row.productionDate
      return Object.keys(update).length > 1 ? [update] : []
    })
    if (updates.length === 0) return onClose()
    await submit(async () => {
      const result = await postAction<BulkOutcome & { updated: string[] }>(
        apiURL,
        'updateExecutions',
        { updates },
      )
      reportOutcome(`Updated ${result.updated.length}`, result)
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
          <Button disabled={busy || !rows} id="bulk-edit-confirm" onClick={save} size="medium">
            Save changes
          </Button>
        </>
      }
      id="bulk-edit"
      onClose={onClose}
      title="Edit quantities and dates"
    >
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <thead>
          <tr>
            <th style={{ textAlign: 'left' }}>Code</th>
            <th style={{ textAlign: 'left' }}>Planned quantity</th>
            <th style={{ textAlign: 'left' }}>Production date</th>
          </tr>
        </thead>
        <tbody>
          {(rows ?? []).map((row) => (
            <tr key={row.id}>
              <td>{row.code}</td>
              <td>
                <input
                  aria-label={`Planned quantity of ${row.code}`}
                  inputMode="decimal"
                  onChange={(event) => edit(row.id, { plannedQuantity: event.target.value })}
                  style={inputStyle}
                  value={row.plannedQuantity}
                />
              </td>
              <td>
                <input
                  aria-label={`Production date of ${row.code}`}
                  onChange={(event) => edit(row.id, { productionDate: event.target.value })}
                  style={inputStyle}
                  type="date"
                  value={row.productionDate}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <DialogError message={error} />
    </Dialog>
  )
}
