'use client'
import type { Lot, MaterialRequisition, StockBalance } from '../../../payload-types'

import { Button, toast } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { Dialog, DialogError, inputStyle } from '../../../platform/components/Dialog/index.client'
import { fetchJson, postAction } from '../../../platform/components/fetchJson'
import { useSubmit } from '../../../platform/components/useSubmit'
import { idOfRef, itemLabel, openOf, unitOf } from './requisitionView'

type Props = {
  apiURL: string
  onClose: () => void
  onDone: () => void
  requisition: MaterialRequisition
}
type Mode = 'fifo' | 'lifo' | 'lots'
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

/**
 * Picks a requisition's open lines at its store: per line how much (all that is open by default)
 * and how: FIFO, LIFO, or named lots with what each holds available at the store.
 */
export function PickRequisitionDialog({ apiURL, onClose, onDone, requisition }: Props) {
  const lines = (requisition.lines ?? []).filter((line) => line.id && openOf(line) > 0)
  const [quantities, setQuantities] = useState<Record<string, string>>(
    Object.fromEntries(lines.map((line) => [line.id!, String(openOf(line))])),
  )
  const [modes, setModes] = useState<Record<string, Mode>>({})
  const [named, setNamed] = useState<Record<string, string>>({})
  const [lots, setLots] = useState<Map<number, StoreLot[]> | null>(null)
  const [lotsError, setLotsError] = useState<null | string>(null)
  const { busy, error, submit } = useSubmit()
  const itemKey = lines.map((line) => idOfRef(line.item)).join(',')

  useEffect(() => {
    if (!itemKey) return
    storeLots(apiURL, idOfRef(requisition.source), itemKey.split(',').map(Number)).then(
      setLots,
      (reason: Error) => setLotsError(`The store's lots cannot be shown: ${reason.message}`),
    )
  }, [apiURL, itemKey, requisition.source])

  const pick = () =>
    submit(async () => {
      const chosen = lines.flatMap((line): Record<string, unknown>[] => {
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
      if (chosen.length === 0) throw new Error('Enter a quantity to pick on at least one line.')
      await postAction(apiURL, 'pickRequisition', { lines: chosen, requisition: requisition.id })
      toast.success(`Picked ${chosen.length} line${chosen.length === 1 ? '' : 's'}`)
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
            id="pick-requisition-confirm"
            onClick={pick}
            size="medium"
          >
            Pick
          </Button>
        </>
      }
      id="pick-requisition"
      onClose={onClose}
      title={`Pick ${requisition.code ?? ''}`}
      width={820}
    >
      {lines.length === 0 ? (
        <p>Every line is picked.</p>
      ) : (
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr style={{ textAlign: 'left' }}>
              <th>Item</th>
              <th>Open</th>
              <th>Take by</th>
              <th>Pick</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => {
              const mode = modes[line.id!] ?? 'fifo'
              const label = itemLabel(line.item)
              const available = lots?.get(idOfRef(line.item)) ?? []
              return (
                <tr data-pick-line={label} key={line.id}>
                  <td style={cell}>{label}</td>
                  <td style={cell}>
                    {openOf(line)} {unitOf(line.item)}
                  </td>
                  <td style={cell}>
                    <select
                      aria-label={`Lots for ${label}`}
                      onChange={(e) => setModes({ ...modes, [line.id!]: e.target.value as Mode })}
                      style={inputStyle}
                      value={mode}
                    >
                      <option value="fifo">FIFO (oldest first)</option>
                      <option value="lifo">LIFO (newest first)</option>
                      <option disabled={!lots} value="lots">
                        Named lots
                      </option>
                    </select>
                  </td>
                  <td style={cell}>
                    {mode !== 'lots' ? (
                      <input
                        aria-label={`Pick ${label}`}
                        inputMode="decimal"
                        onChange={(e) =>
                          setQuantities({ ...quantities, [line.id!]: e.target.value })
                        }
                        style={{ ...inputStyle, width: 120 }}
                        value={quantities[line.id!] ?? ''}
                      />
                    ) : available.length === 0 ? (
                      <span>No lot of it is available at the store.</span>
                    ) : (
                      <div style={{ display: 'grid', gap: 6 }}>
                        {available.map((lot) => (
                          <label
                            data-lot={lot.code}
                            key={lot.id}
                            style={{ alignItems: 'center', display: 'flex', gap: 8 }}
                          >
                            <input
                              aria-label={`Pick from lot ${lot.code}`}
                              inputMode="decimal"
                              onChange={(e) =>
                                setNamed({ ...named, [`${line.id}:${lot.id}`]: e.target.value })
                              }
                              style={{ ...inputStyle, width: 100 }}
                              value={named[`${line.id}:${lot.id}`] ?? ''}
                            />
                            <span>
                              {lot.code}: {lot.available} available
                              {lot.expiresAt ? `, expires ${lot.expiresAt.slice(0, 10)}` : ''}
                            </span>
                          </label>
                        ))}
                      </div>
                    )}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
      <DialogError message={error ?? lotsError} />
    </Dialog>
  )
}
