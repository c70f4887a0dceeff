'use client'
import { toast } from '@payloadcms/ui'
import React from 'react'

import { DecimalInput, LinesTable } from '../../../platform/components/Dialog/fields'
import { FormDialog } from '../../../platform/components/Dialog/FormDialog'
import {
  countedLines,
  typedQuantities,
  useTyped,
} from '../../../platform/components/Dialog/useRows'
import { postAction } from '../../../platform/components/fetchJson'
import { useSubmit } from '../../../platform/components/useSubmit'
import { ItemCells } from './ItemCells'
import { itemLabel, locationName, onFloorOf, type RequisitionDialogProps } from './requisitionView'

const cell: React.CSSProperties = { borderTop: '1px solid var(--theme-elevation-100)', padding: 6 }

type Props = RequisitionDialogProps

/** Sends issued stock back from the floor to the store: per line how much (all of it by default). */
export function ReturnToStoreDialog({ apiURL, onClose, onDone, requisition }: Props) {
  const lines = (requisition.lines ?? []).filter((line) => line.id && onFloorOf(line) > 0)
  const [quantities, setQuantity] = useTyped(() =>
    Object.fromEntries(lines.map((line) => [line.id!, String(onFloorOf(line))])),
  )
  const submission = useSubmit()
  const send = () =>
    submission.submit(async () => {
      const chosen = typedQuantities(lines, quantities)
      if (chosen.length === 0) throw new Error('Enter a quantity to return on at least one line.')
      await postAction(apiURL, 'returnToStore', { lines: chosen, requisition: requisition.id })
      toast.success(`Returned ${countedLines(chosen.length)} to the store`)
      onDone()
    })
  return (
    <FormDialog
      confirm={{ disabled: lines.length === 0, label: 'Return', onClick: send }}
      id="return-to-store"
      onClose={onClose}
      submission={submission}
      title={`Return ${requisition.code ?? ''} to ${locationName(requisition.source)}`}
      width={620}
    >
      {lines.length === 0 ? (
        <p>Nothing of this requisition is on the floor.</p>
      ) : (
        <LinesTable columns={['Item', 'On the floor', 'Return']}>
          {lines.map((line) => {
            const label = itemLabel(line.item)
            return (
              <tr key={line.id}>
                <ItemCells item={line.item} quantity={onFloorOf(line)} style={cell} />
                <td style={cell}>
                  <DecimalInput
                    aria-label={`Return ${label}`}
                    onChange={(value) => setQuantity(line.id!, value)}
                    value={quantities[line.id!] ?? ''}
                    width={120}
                  />
                </td>
              </tr>
            )
          })}
        </LinesTable>
      )}
    </FormDialog>
  )
}
