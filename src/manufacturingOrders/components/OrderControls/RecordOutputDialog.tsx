'use client'
import { Button, toast } from '@payloadcms/ui'
import React, { useState } from 'react'

import { Dialog, DialogError, inputStyle } from '../../../platform/components/Dialog/index.client'
import { postAction } from '../../../platform/components/fetchJson'
import { useSubmit } from '../../../platform/components/useSubmit'

type Row = {
  batchNumber?: null | number
  id?: null | string
  plannedQuantity?: null | number
  status?: null | string
}

type Props = {
  apiURL: string
  mode: string
  onClose: () => void
  onDone: () => void
  order: number
  rows: Row[]
}

/** Records completed output: a batch (batch mode) or a quantity (discrete), into a new lot. */
export function RecordOutputDialog({ apiURL, mode, onClose, onDone, order, rows }: Props) {
  const pending = rows.filter((row) => row.status !== 'completed')
  const [row, setRow] = useState(pending[0]?.id ?? '')
  const [quantity, setQuantity] = useState('')
  const [disposition, setDisposition] = useState('available')
  const { busy, error, submit } = useSubmit()
  const record = async () => {
    await submit(async () => {
      const result = await postAction<{ lot: { code: string }; quantity: string }>(
        apiURL,
        'recordOrderOutput',
        {
          disposition,
          order,
          ...(mode === 'batch' ? { row } : {}),
          ...(quantity.trim() ? { quantity: quantity.trim() } : {}),
        },
      )
      toast.success(`Recorded ${result.quantity} into lot ${result.lot.code}`)
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
          <Button disabled={busy} id="record-output-confirm" onClick={record} size="medium">
            Record
          </Button>
        </>
      }
      id="record-output"
      onClose={onClose}
      title="Record output"
      width={480}
    >
      <div style={{ display: 'grid', gap: 12 }}>
        {mode === 'batch' && (
          <label style={{ display: 'grid', gap: 6 }}>
            Batch
            <select
              name="row"
              onChange={(e) => setRow(e.target.value)}
              style={inputStyle}
              value={row}
            >
              {pending.map((r) => (
                <option key={r.id} value={r.id ?? ''}>
                  Batch {r.batchNumber} ({r.plannedQuantity} planned)
                </option>
              ))}
            </select>
          </label>
        )}
        <label style={{ display: 'grid', gap: 6 }}>
          {mode === 'batch' ? 'Completed quantity (empty: as planned)' : 'Completed quantity'}
          <input
            inputMode="decimal"
            name="quantity"
            onChange={(e) => setQuantity(e.target.value)}
            style={inputStyle}
            value={quantity}
          />
        </label>
        <label style={{ display: 'grid', gap: 6 }}>
          The new lot is
          <select
            name="disposition"
            onChange={(e) => setDisposition(e.target.value)}
            style={inputStyle}
            value={disposition}
          >
            <option value="available">Available</option>
            <option value="blocked">Blocked (held for checking)</option>
          </select>
        </label>
      </div>
      <DialogError message={error} />
    </Dialog>
  )
}
