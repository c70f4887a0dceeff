'use client'
import type { OutputReversalPreview } from '../../actions/previewOrderOutputReversal'

import { toast } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { ChoiceSelect, DecimalInput, GridField } from '../../../platform/components/Dialog/fields'
import { FormDialog } from '../../../platform/components/Dialog/FormDialog'
import { postAction } from '../../../platform/components/fetchJson'
import { useSubmit } from '../../../platform/components/useSubmit'
import { type OrderDialogProps, type OutputRow } from './useStoredOrder'

type Row = Pick<OutputRow, 'batchNumber' | 'completedQuantity' | 'id' | 'reversedQuantity'>
type Props = OrderDialogProps & { rows: OutputRow[] }

const leftOf = (row: Row) => (row.completedQuantity ?? 0) - (row.reversedQuantity ?? 0)

/** The output rows that still have output to take back. */
export const reversibleRows = (rows: Row[]) => rows.filter((row) => row.id && leftOf(row) > 0)

const cell: React.CSSProperties = { borderTop: '1px solid var(--theme-elevation-100)', padding: 6 }

/** The server's plan for taking back `quantity` of `row`, once the typing pauses. */
function useReversalPreview(apiURL: string, order: number, row: string, quantity: string) {
  const [preview, setPreview] = useState<null | OutputReversalPreview>(null)
  const [previewError, setPreviewError] = useState<null | string>(null)
  useEffect(() => {
    let current = true
    setPreview(null)
    setPreviewError(null)
    if (!row || quantity.trim() === '') return
    const timer = setTimeout(() => {
      postAction<OutputReversalPreview>(apiURL, 'previewOrderOutputReversal', {
        order,
        quantity: quantity.trim(),
        row,
      })
        .then((result) => current && setPreview(result))
        .catch((reason: Error) => current && setPreviewError(reason.message))
    }, 300)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [apiURL, order, quantity, row])
  return { preview, previewError }
}

const line = (side: OutputReversalPreview['output'], sign: string, key: string) => (
  <tr data-reversal-item={side.item.sku} key={key}>
    <td style={cell}>{side.item.sku}</td>
    <td style={cell}>{side.lot.code}</td>
    <td style={{ ...cell, textAlign: 'right' }}>
      {sign}
      {side.quantity} {side.item.unit}
    </td>
  </tr>
)

/** What returns: the output out of its lot, each ingredient's share back into its lots. */
function ReversalPlan({ preview }: { preview: OutputReversalPreview }) {
  return (
    <>
      <table
        data-testid="reversal-preview"
        style={{ borderCollapse: 'collapse', marginTop: 'var(--base)', width: '100%' }}
      >
        <thead>
          <tr>
            <th style={{ textAlign: 'left' }}>Item</th>
            <th style={{ textAlign: 'left' }}>Lot</th>
            <th style={{ textAlign: 'right' }}>Stock</th>
          </tr>
        </thead>
        <tbody>
          {line(preview.output, '−', 'output')}
          {preview.returns.map((side, index) => line(side, '+', `return-${index}`))}
        </tbody>
      </table>
      {preview.problems.length > 0 && (
        <ul data-testid="reversal-problems">
          {preview.problems.map((p) => (
            <li key={p.message}>{p.message}</li>
          ))}
        </ul>
      )}
    </>
  )
}

/**
 * Takes recorded output back after showing what returns: the quantity out of the row's lot and
 * each ingredient's share back into the lots it was consumed from, as the server plans it.
 */
export function ReverseOutputDialog({ apiURL, onClose, onDone, order, rows }: Props) {
  const reversible = reversibleRows(rows)
  const [row, setRow] = useState(reversible[0]?.id ?? '')
  const chosen = reversible.find((r) => r.id === row)
  const [quantity, setQuantity] = useState(chosen ? String(leftOf(chosen)) : '')
  const { preview, previewError } = useReversalPreview(apiURL, order, row, quantity)
  const submission = useSubmit()

  const reverse = () =>
    submission.submit(async () => {
      const result = await postAction<{ reversed: string }>(apiURL, 'reverseOrderOutput', {
        order,
        quantity: quantity.trim(),
        row,
      })
      toast.success(`Took back ${result.reversed}`)
      onDone()
    })
  const choose = (id: string) => {
    setRow(id)
    const next = reversible.find((r) => r.id === id)
    setQuantity(next ? String(leftOf(next)) : '')
  }

  return (
    <FormDialog
      confirm={{ disabled: !preview?.allowed, label: 'Take back', onClick: reverse }}
      error={previewError}
      id="reverse-output"
      onClose={onClose}
      submission={submission}
      title="Reverse output"
      width={560}
    >
      {reversible.length === 0 && <p>No recorded output is left to take back.</p>}
      <div style={{ display: 'grid', gap: 12 }}>
        <GridField label="Output row">
          <ChoiceSelect
            choices={reversible.map(
              (r, index) =>
                [
                  r.id ?? '',
                  `${r.batchNumber ? `Batch ${r.batchNumber}` : `Output ${index + 1}`} (${leftOf(r)} left to take back)`,
                ] as const,
            )}
            name="row"
            onChange={choose}
            value={row}
          />
        </GridField>
        <GridField label="Quantity to take back">
          <DecimalInput
            id="reverse-output-quantity"
            name="quantity"
            onChange={setQuantity}
            value={quantity}
          />
        </GridField>
      </div>
      {preview && <ReversalPlan preview={preview} />}
    </FormDialog>
  )
}
