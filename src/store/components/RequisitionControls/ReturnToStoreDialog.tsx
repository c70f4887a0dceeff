'use client'
import type { MaterialRequisition } from '../../../payload-types'

import { Button, toast } from '@payloadcms/ui'
import React, { useState } from 'react'

import { Dialog, DialogError, inputStyle } from '../../../platform/components/Dialog/index.client'
import { postAction } from '../../../platform/components/fetchJson'
import { useSubmit } from '../../../platform/components/useSubmit'
import { itemLabel, locationName, onFloorOf, unitOf } from './requisitionView'

type Props = {
  apiURL: string
  onClose: () => void
  onDone: () => void
  requisition: MaterialRequisition
}

const cell: React.CSSProperties = { borderTop: '1px solid var(--theme-elevation-100)', padding: 6 }

/** Sends issued stock back from the floor to the store: per line how much (all of it by default). */
export function ReturnToStoreDialog({ apiURL, onClose, onDone, requisition }: Props) {
  const lines = (requisition.lines ?? []).filter((line) => line.id && onFloorOf(line) > 0)
  const [quantities, setQuantities] = useState<Record<string, string>>(
    Object.fromEntries(lines.map((line) => [line.id!, String(onFloorOf(line))])),
  )
  const { busy, error, submit } = useSubmit()
  const send = () =>
    submit(async () => {
      const chosen = lines
        .map((line) => ({ line: line.id, quantity: quantities[line.id!]?.trim() ?? '' }))
        .filter((line) => line.quantity !== '' && Number(line.quantity) !== 0)
      if (chosen.length === 0) throw new Error('Enter a quantity to return on at least one line.')
      await postAction(apiURL, 'returnToStore', { lines: chosen, requisition: requisition.id })
      toast.success(`Returned ${chosen.length} line${chosen.length === 1 ? '' : 's'} to the store`)
      onDone()
    })
  return (
    <Dialog
      actions={
        <>
          <Button buttonStyle="secondary" onClick={onClose} size="medium">
            Cancel
          </Button>
          <Button
            disabled={busy || lines.length === 0}
            id="return-to-store-confirm"
            onClick={send}
            size="medium"
          >
            Return
          </Button>
        </>
      }
      id="return-to-store"
      onClose={onClose}
      title={`Return ${requisition.code ?? ''} to ${locationName(requisition.source)}`}
      width={620}
    >
      {lines.length === 0 ? (
        <p>Nothing of this requisition is on the floor.</p>
      ) : (
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr style={{ textAlign: 'left' }}>
              <th>Item</th>
              <th>On the floor</th>
              <th>Return</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => {
              const label = itemLabel(line.item)
              return (
                <tr key={line.id}>
                  <td style={cell}>{label}</td>
                  <td style={cell}>
                    {onFloorOf(line)} {unitOf(line.item)}
                  </td>
                  <td style={cell}>
                    <input
                      aria-label={`Return ${label}`}
                      inputMode="decimal"
                      onChange={(e) => setQuantities({ ...quantities, [line.id!]: e.target.value })}
                      style={{ ...inputStyle, width: 120 }}
                      value={quantities[line.id!] ?? ''}
                    />
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
      <DialogError message={error} />
    </Dialog>
  )
}
