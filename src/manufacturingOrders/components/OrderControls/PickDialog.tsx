'use client'
import { Button, toast } from '@payloadcms/ui'
import React, { useState } from 'react'

import { Dialog, DialogError, inputStyle } from '../../../platform/components/Dialog/index.client'
import { postAction } from '../../../platform/components/fetchJson'
import { useSubmit } from '../../../platform/components/useSubmit'

type Line = {
  actualQuantity?: null | number
  backflushedQuantity?: null | number
  id?: null | string
  lotStrategy?: null | string
  pickedQuantity?: null | number
  plannedQuantity: number
  sku?: null | string
}

type Props = {
  apiURL: string
  lines: Line[]
  onClose: () => void
  onDone: () => void
  order: number
}

const open = (line: Line) =>
  (line.actualQuantity ?? line.plannedQuantity) -
  (line.pickedQuantity ?? 0) -
  (line.backflushedQuantity ?? 0)

/**
 * Picks ingredient lines: how much of each to reserve (all that is still open by default); the
 * line's strategy chooses the lots, or, for a custom line, the lot ids typed here.
 */
export function PickDialog({ apiURL, lines, onClose, onDone, order }: Props) {
  const pickable = lines.filter((line) => line.id && open(line) > 0)
  const [quantities, setQuantities] = useState<Record<string, string>>(
    Object.fromEntries(pickable.map((line) => [line.id!, String(open(line))])),
  )
  const [lots, setLots] = useState<Record<string, string>>({})
  const { busy, error, submit } = useSubmit()
  const pick = async () => {
    await submit(async () => {
      const chosen = pickable
        .filter((line) => Number(quantities[line.id!]) > 0)
        .map((line) => ({
          ingredient: line.id,
          ...(line.lotStrategy === 'custom'
            ? { lots: [{ lot: Number(lots[line.id!]), quantity: quantities[line.id!] }] }
            : { quantity: quantities[line.id!] }),
        }))
      await postAction(apiURL, 'pickIngredients', { lines: chosen, order })
      toast.success(`Picked ${chosen.length} line${chosen.length === 1 ? '' : 's'}`)
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
            disabled={busy || pickable.length === 0}
            id="pick-confirm"
            onClick={pick}
            size="medium"
          >
            Pick
          </Button>
        </>
      }
      id="pick-ingredients"
      onClose={onClose}
      title="Pick ingredients"
    >
      {pickable.length === 0 ? (
        <p>Every line is picked.</p>
      ) : (
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr style={{ textAlign: 'left' }}>
              <th>Ingredient</th>
              <th>Open</th>
              <th>Pick</th>
              <th>Lot (custom lines)</th>
            </tr>
          </thead>
          <tbody>
            {pickable.map((line) => (
              <tr key={line.id}>
                <td>{line.sku}</td>
                <td>{open(line)}</td>
                <td>
                  <input
                    aria-label={`Pick ${line.sku}`}
                    inputMode="decimal"
                    onChange={(e) => setQuantities({ ...quantities, [line.id!]: e.target.value })}
                    style={inputStyle}
                    value={quantities[line.id!] ?? ''}
                  />
                </td>
                <td>
                  {line.lotStrategy === 'custom' ? (
                    <input
                      aria-label={`Lot for ${line.sku}`}
                      onChange={(e) => setLots({ ...lots, [line.id!]: e.target.value })}
                      style={inputStyle}
                      value={lots[line.id!] ?? ''}
                    />
                  ) : (
                    <span style={{ color: 'var(--theme-elevation-500)' }}>
                      {line.lotStrategy ?? 'fifo'}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <DialogError message={error} />
    </Dialog>
  )
}
