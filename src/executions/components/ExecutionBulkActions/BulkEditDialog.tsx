'use client'
import React, { useEffect, useState } from 'react'

import { DecimalInput, LinesTable, TextInput } from '../../../platform/components/Dialog/fields'
import { FormDialog } from '../../../platform/components/Dialog/FormDialog'
import { fetchByIds, postAction } from '../../../platform/components/fetchJson'
import { useSubmit } from '../../../platform/components/useSubmit'
import { type BulkOutcome, reportOutcome } from './outcome'

type Props = { apiURL: string; ids: number[]; onClose: () => void; onDone: () => void }
type Row = { code: string; id: number; plannedQuantity: string; productionDate: string }
type Loaded = { code: string; id: number; plannedQuantity: number; productionDate: string }

/** The selected executions as rows, by code (null while loading), and the rows as loaded. */
function useExecutionRows(apiURL: string, ids: number[], setError: (message: string) => void) {
  const [rows, setRows] = useState<Row[] | null>(null)
  const [original, setOriginal] = useState<Row[]>([])
  const key = ids.join(',')
  useEffect(() => {
    fetchByIds<Loaded>(
      apiURL,
      'executions',
      key.split(',').map(Number),
      'depth=0&limit=1000&sort=code',
    )
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
  return { edit, original, rows }
}

/** What was changed on each row, by id: the rows changed only. */
const updatesOf = (rows: Row[], original: Row[]) =>
  rows.flatMap((row) => {
    const before = original.find((o) => o.id === row.id)!
    const update: Record<string, unknown> = { id: row.id }
    if (row.plannedQuantity !== before.plannedQuantity) update.plannedQuantity = row.plannedQuantity
    if (row.productionDate !== before.productionDate) update.productionDate = row.productionDate
    return Object.keys(update).length > 1 ? [update] : []
  })

/**
 * Edits the planned quantity and production date of each selected execution in one table; only
 * what was changed is sent. Completed and already consuming executions come back as refused.
 */
export function BulkEditDialog({ apiURL, ids, onClose, onDone }: Props) {
  const submission = useSubmit()
  const { edit, original, rows } = useExecutionRows(apiURL, ids, submission.setError)

  const save = async () => {
    const updates = updatesOf(rows ?? [], original)
    if (updates.length === 0) return onClose()
    await submission.submit(async () => {
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
    <FormDialog
      confirm={{ disabled: !rows, label: 'Save changes', onClick: save }}
      id="bulk-edit"
      onClose={onClose}
      submission={submission}
      title="Edit quantities and dates"
    >
      <LinesTable columns={['Code', 'Planned quantity', 'Production date']}>
        {(rows ?? []).map((row) => (
          <tr key={row.id}>
            <td>{row.code}</td>
            <td>
              <DecimalInput
                aria-label={`Planned quantity of ${row.code}`}
                onChange={(plannedQuantity) => edit(row.id, { plannedQuantity })}
                value={row.plannedQuantity}
              />
            </td>
            <td>
              <TextInput
                aria-label={`Production date of ${row.code}`}
                onChange={(productionDate) => edit(row.id, { productionDate })}
                type="date"
                value={row.productionDate}
              />
            </td>
          </tr>
        ))}
      </LinesTable>
    </FormDialog>
  )
}
