'use client'
import type { Lot, MaterialRequisition, StockBalance } from '../../../payload-types'

import { toast } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { ChoiceSelect, DecimalInput, LinesTable } from '../../../platform/components/Dialog/fields'
import { FormDialog } from '../../../platform/components/Dialog/FormDialog'
import { countedLines, useTyped } from '../../../platform/components/Dialog/useRows'
import { fetchJson, postAction } from '../../../platform/components/fetchJson'
import { useSubmit } from '../../../platform/components/useSubmit'
import { ItemCells } from './ItemCells'
import { idOfRef, itemLabel, openOf, type RequisitionDialogProps } from './requisitionView'

type Mode = 'fifo' | 'lifo' | 'lots'
type Line = NonNullable<MaterialRequisition['lines']>[number]
type StoreLot = { available: number; code: string; expiresAt?: null | string; id: number }

const cell: React.CSSProperties = {
  borderTop: '1px solid var(--theme-elevation-100)',
  padding: '6px 4px',
  verticalAlign: 'top',
}

/** The lots of the items at the store that can be taken (not blocked, not expired), oldest first. */
async function storeLots(apiURL: string, store: number, items: number[]) {
  const query = new URLSearchParams({
    depth: '1',
    limit: '500',
    'where[available][greater_than]': '0',
    'where[item][in]': items.join(','),
    'where[location][equals]': String(store),
  })
  const { docs } = await fetchJson<{ docs: StockBalance[] }>(`${apiURL}/stock-balances?${query}`)
  const byItem = new Map<number, (StoreLot & { receivedAt: string })[]>()
  for (const balance of docs) {
    const lot = typeof balance.lot === 'object' ? (balance.lot as Lot) : null
    if (!lot || lot.disposition === 'blocked') continue
    if (lot.expiresAt && new Date(lot.expiresAt).getTime() <= Date.now()) continue
    const item = idOfRef(balance.item)
    byItem.set(item, [
      ...(byItem.get(item) ?? []),
      { ...lot, available: balance.available, receivedAt: lot.receivedAt },
    ])
  }
  for (const lots of byItem.values()) lots.sort((a, b) => a.receivedAt.localeCompare(b.receivedAt))
  return byItem
}

/** The lots of one line's item at the store, each with how much to take from it. */
function NamedLots({
  available,
  line,
  named,
  onType,
}: {
  available: StoreLot[]
  line: string
  named: Record<string, string>
  onType: (key: string, value: string) => void
}) {
  if (available.length === 0) return <span>No lot of it is available at the store.</span>
  return (
    <div style={{ display: 'grid', gap: 6 }}>
      {available.map((lot) => (
        <label
          data-lot={lot.code}
          key={lot.id}
          style={{ alignItems: 'center', display: 'flex', gap: 8 }}
        >
          <DecimalInput
            aria-label={`Pick from lot ${lot.code}`}
            onChange={(value) => onType(`${line}:${lot.id}`, value)}
            value={named[`${line}:${lot.id}`] ?? ''}
            width={100}
          />
          <span>
            {lot.code}: {lot.available} available
            {lot.expiresAt ? `, expires ${lot.expiresAt.slice(0, 10)}` : ''}
          </span>
        </label>
      ))}
    </div>
  )
}

const modeChoices = [
  ['fifo', 'FIFO (oldest first)'],
  ['lifo', 'LIFO (newest first)'],
] as const

type LineProps = {
  line: Line
  lots: Map<number, StoreLot[]> | null
  mode: Mode
  named: Record<string, string>
  onMode: (mode: Mode) => void
  onNamed: (key: string, value: string) => void
  onQuantity: (value: string) => void
  quantity: string
}

/** One open line: how to take it (FIFO, LIFO or named lots) and how much. */
function PickLine({ line, lots, mode, named, onMode, onNamed, onQuantity, quantity }: LineProps) {
  const label = itemLabel(line.item)
  return (
    <tr data-pick-line={label}>
      <ItemCells item={line.item} quantity={openOf(line)} style={cell} />
      <td style={cell}>
        <ChoiceSelect
          after={
            <option disabled={!lots} value="lots">
              Named lots
            </option>
          }
          aria-label={`Lots for ${label}`}
          choices={[...modeChoices]}
          onChange={(value) => onMode(value as Mode)}
          value={mode}
        />
      </td>
      <td style={cell}>
        {mode !== 'lots' ? (
          <DecimalInput
            aria-label={`Pick ${label}`}
            onChange={onQuantity}
            value={quantity}
            width={120}
          />
        ) : (
          <NamedLots
            available={lots?.get(idOfRef(line.item)) ?? []}
            line={line.id!}
            named={named}
            onType={onNamed}
          />
        )}
      </td>
    </tr>
  )
}

/** The lots of the lines' items at the requisition's store, or why they cannot be shown. */
function useStoreLots(apiURL: string, requisition: MaterialRequisition, lines: Line[]) {
  const [lots, setLots] = useState<Map<number, StoreLot[]> | null>(null)
  const [lotsError, setLotsError] = useState<null | string>(null)
  const itemKey = lines.map((line) => idOfRef(line.item)).join(',')
  useEffect(() => {
    if (!itemKey) return
    storeLots(apiURL, idOfRef(requisition.source), itemKey.split(',').map(Number)).then(
      setLots,
      (reason: Error) => setLotsError(`The store's lots cannot be shown: ${reason.message}`),
    )
  }, [apiURL, itemKey, requisition.source])
  return { lots, lotsError }
}

/** What to pick on each line: its quantity by FIFO or LIFO, or what is typed per named lot. */
function chosenLines(
  lines: Line[],
  {
    lots,
    modes,
    named,
    quantities,
  }: {
    lots: Map<number, StoreLot[]> | null
    modes: Record<string, string>
    named: Record<string, string>
    quantities: Record<string, string>
  },
) {
  return lines.flatMap((line): Record<string, unknown>[] => {
    const mode = modes[line.id!] ?? 'fifo'
    if (mode === 'lots') {
      const taken = (lots?.get(idOfRef(line.item)) ?? [])
        .map((lot) => ({ lot: lot.id, quantity: named[`${line.id}:${lot.id}`]?.trim() ?? '' }))
        .filter((lot) => lot.quantity !== '' && Number(lot.quantity) !== 0)
      return taken.length ? [{ line: line.id, lots: taken }] : []
    }
    const quantity = quantities[line.id!]?.trim() ?? ''
    if (quantity === '' || Number(quantity) === 0) return []
    return [{ line: line.id, quantity, strategy: mode }]
  })
}

type Props = RequisitionDialogProps

/**
 * Picks a requisition's open lines at its store: per line how much (all that is open by default)
 * and how: FIFO, LIFO, or named lots with what each holds available at the store.
 */
export function PickRequisitionDialog({ apiURL, onClose, onDone, requisition }: Props) {
  const lines = (requisition.lines ?? []).filter((line) => line.id && openOf(line) > 0)
  const [quantities, setQuantity] = useTyped(() =>
    Object.fromEntries(lines.map((line) => [line.id!, String(openOf(line))])),
  )
  const [modes, setMode] = useTyped()
  const [named, setNamed] = useTyped()
  const { lots, lotsError } = useStoreLots(apiURL, requisition, lines)
  const submission = useSubmit()

  const pick = () =>
    submission.submit(async () => {
      const chosen = chosenLines(lines, { lots, modes, named, quantities })
      if (chosen.length === 0) throw new Error('Enter a quantity to pick on at least one line.')
      await postAction(apiURL, 'pickRequisition', { lines: chosen, requisition: requisition.id })
      toast.success(`Picked ${countedLines(chosen.length)}`)
      onDone()
    })

  return (
    <FormDialog
      confirm={{ disabled: lines.length === 0, label: 'Pick', onClick: pick }}
      error={lotsError}
      id="pick-requisition"
      onClose={onClose}
      submission={submission}
      title={`Pick ${requisition.code ?? ''}`}
      width={820}
    >
      {lines.length === 0 ? (
        <p>Every line is picked.</p>
      ) : (
        <LinesTable columns={['Item', 'Open', 'Take by', 'Pick']}>
          {lines.map((line) => (
            <PickLine
              key={line.id}
              line={line}
              lots={lots}
              mode={(modes[line.id!] as Mode | undefined) ?? 'fifo'}
              named={named}
              onMode={(mode) => setMode(line.id!, mode)}
              onNamed={setNamed}
              onQuantity={(value) => setQuantity(line.id!, value)}
              quantity={quantities[line.id!] ?? ''}
            />
          ))}
        </LinesTable>
      )}
    </FormDialog>
  )
}
