'use client'
import { toast } from '@payloadcms/ui'
import React from 'react'

import { DecimalInput, LinesTable, TextInput } from '../../../platform/components/Dialog/fields'
import { FormDialog } from '../../../platform/components/Dialog/FormDialog'
import { countedLines, useTyped } from '../../../platform/components/Dialog/useRows'
import { postAction } from '../../../platform/components/fetchJson'
import { useSubmit } from '../../../platform/components/useSubmit'
import { type OrderDialogProps } from './useStoredOrder'

type Line = {
  actualOverride?: null | number
  backflushedQuantity?: null | number
  id?: null | string
  lotStrategy?: null | string
  pickedQuantity?: null | number
  plannedQuantity: number
  sku?: null | string
}

type Props = OrderDialogProps & { lines: Line[] }

const open = (line: Line) =>
  (line.actualOverride ?? line.plannedQuantity) -
  (line.pickedQuantity ?? 0) -
  (line.backflushedQuantity ?? 0)

/**
 * Picks ingredient lines: how much of each to reserve (all that is still open by default); the
 * line's strategy chooses the lots, or, for a custom line, the lot ids typed here.
 */
export function PickDialog({ apiURL, lines, onClose, onDone, order }: Props) {
  const pickable = lines.filter((line) => line.id && open(line) > 0)
  const [quantities, setQuantity] = useTyped(() =>
    Object.fromEntries(pickable.map((line) => [line.id!, String(open(line))])),
  )
  const [lots, setLot] = useTyped()
  const submission = useSubmit()
  const pick = () =>
    submission.submit(async () => {
      const chosen = pickable
        .filter((line) => Number(quantities[line.id!]) > 0)
        .map((line) => ({
          ingredient: line.id,
          ...(line.lotStrategy === 'custom'
            ? { lots: [{ lot: Number(lots[line.id!]), quantity: quantities[line.id!] }] }
            : { quantity: quantities[line.id!] }),
        }))
      await postAction(apiURL, 'pickIngredients', { lines: chosen, order })
      toast.success(`Picked ${countedLines(chosen.length)}`)
      onDone()
    })
  return (
    <FormDialog
      confirm={{
        disabled: pickable.length === 0,
        id: 'pick-confirm',
        label: 'Pick',
        onClick: pick,
      }}
      id="pick-ingredients"
      onClose={onClose}
      submission={submission}
      title="Pick ingredients"
    >
      {pickable.length === 0 ? (
        <p>Every line is picked.</p>
      ) : (
        <LinesTable columns={['Ingredient', 'Open', 'Pick', 'Lot (custom lines)']}>
          {pickable.map((line) => (
            <tr key={line.id}>
              <td>{line.sku}</td>
              <td>{open(line)}</td>
              <td>
                <DecimalInput
                  aria-label={`Pick ${line.sku}`}
                  onChange={(value) => setQuantity(line.id!, value)}
                  value={quantities[line.id!] ?? ''}
                />
              </td>
              <td>
                {line.lotStrategy === 'custom' ? (
                  <TextInput
                    aria-label={`Lot for ${line.sku}`}
                    onChange={(value) => setLot(line.id!, value)}
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
        </LinesTable>
      )}
    </FormDialog>
  )
}
