'use client'
import { toast } from '@payloadcms/ui'
import React, { useState } from 'react'

import { ChoiceSelect, DecimalInput, GridField } from '../../../platform/components/Dialog/fields'
import { FormDialog } from '../../../platform/components/Dialog/FormDialog'
import { postAction } from '../../../platform/components/fetchJson'
import { useSubmit } from '../../../platform/components/useSubmit'
import { type OrderDialogProps, type OutputRow } from './useStoredOrder'

type Props = OrderDialogProps & { mode: string; rows: OutputRow[] }

const dispositions = [
  ['available', 'Available'],
  ['blocked', 'Blocked (held for checking)'],
] as const

/** Records completed output: a batch (batch mode) or a quantity (discrete), into a new lot. */
export function RecordOutputDialog({ apiURL, mode, onClose, onDone, order, rows }: Props) {
  const pending = rows.filter((row) => row.status !== 'completed')
  const [row, setRow] = useState(pending[0]?.id ?? '')
  const [quantity, setQuantity] = useState('')
  const [disposition, setDisposition] = useState('available')
  const submission = useSubmit()
  const record = () =>
    submission.submit(async () => {
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
  return (
    <FormDialog
      confirm={{ label: 'Record', onClick: record }}
      id="record-output"
      onClose={onClose}
      submission={submission}
      title="Record output"
      width={480}
    >
      <div style={{ display: 'grid', gap: 12 }}>
        {mode === 'batch' && (
          <GridField label="Batch">
            <ChoiceSelect
              choices={pending.map(
                (r) =>
                  [r.id ?? '', `Batch ${r.batchNumber} (${r.plannedQuantity} planned)`] as const,
              )}
              name="row"
              onChange={setRow}
              value={row}
            />
          </GridField>
        )}
        <GridField
          label={mode === 'batch' ? 'Completed quantity (empty: as planned)' : 'Completed quantity'}
        >
          <DecimalInput name="quantity" onChange={setQuantity} value={quantity} />
        </GridField>
        <GridField label="The new lot is">
          <ChoiceSelect
            choices={dispositions}
            name="disposition"
            onChange={setDisposition}
            value={disposition}
          />
        </GridField>
      </div>
    </FormDialog>
  )
}
