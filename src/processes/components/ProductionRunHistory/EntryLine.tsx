'use client'
import React, { useEffect, useState } from 'react'

import { inputStyle } from '../../../platform/components/Dialog/index.client'
import { fetchJson } from '../../../platform/components/fetchJson'

export type ItemOption = {
  id: number
  name: string
  scrapItem?: null | number
  sku: string
  unit: string
}
export type LineDraft = {
  item: string
  lot: string
  newItem: { name: string; sku: string; unit: string }
  note: string
  quantity: string
  type: 'rejection' | 'scrap' | 'waste'
}
export type LineKind = 'inputs' | 'losses' | 'outputs'

type Props = {
  apiURL: string
  canCreateItems: boolean
  index: number
  items: ItemOption[]
  kind: LineKind
  line: LineDraft
  location?: number
  onChange: (line: LineDraft) => void
  onRemove?: () => void
}

const NEW = 'new'

/** The lots of an item that hold stock at the run's location, for an input that names its lot. */
function LotSelect({
  apiURL,
  id,
  item,
  location,
  onChange,
  value,
}: {
  apiURL: string
  id: string
  item: string
  location?: number
  onChange: (lot: string) => void
  value: string
}) {
  const [lots, setLots] = useState<{ code: string; id: number; onHand: number }[]>([])
  useEffect(() => {
    setLots([])
    if (!item || !location) return
    fetchJson<{ docs: { lot: { code: string; id: number }; onHand: number }[] }>(
      `${apiURL}/stock-balances?where[item][equals]=${item}&where[location][equals]=${location}&where[onHand][greater_than]=0&depth=1&pagination=false`,
    ).then(
      ({ docs }) =>
        setLots(docs.map((b) => ({ code: b.lot.code, id: b.lot.id, onHand: b.onHand }))),
      () => setLots([]),
    )
  }, [apiURL, item, location])
  return (
    <select
      aria-label="Lot"
      id={id}
      onChange={(e) => onChange(e.target.value)}
      style={inputStyle}
      value={value}
    >
      <option value="">By the item’s strategy (FIFO/LIFO)</option>
      {lots.map((lot) => (
        <option key={lot.id} value={lot.id}>
          {lot.code} ({lot.onHand} on hand)
        </option>
      ))}
    </select>
  )
}

/** One line of a recording: its loss type, item (or a new one), lot, quantity and note. */
export function EntryLine({
  apiURL,
  canCreateItems,
  index,
  items,
  kind,
  line,
  location,
  onChange,
  onRemove,
}: Props) {
  const id = (field: string) => `entry-${index}-${field}`
  const set = (patch: Partial<LineDraft>) => onChange({ ...line, ...patch })
  const unit = items.find((item) => String(item.id) === line.item)?.unit
  return (
    <div
      data-line={index}
      style={{
        borderBottom: '1px solid var(--theme-elevation-100, #eee)',
        display: 'flex',
        flexWrap: 'wrap',
        gap: 8,
        padding: '8px 0',
      }}
    >
      {kind === 'losses' && (
        <select
          aria-label="Loss type"
          id={id('type')}
          onChange={(e) => set({ type: e.target.value as LineDraft['type'] })}
          style={inputStyle}
          value={line.type}
        >
          <option value="waste">Waste</option>
          <option value="rejection">Rejection</option>
          <option value="scrap">Scrap</option>
        </select>
      )}
      <select
        aria-label="Item"
        id={id('item')}
        onChange={(e) => set({ item: e.target.value, lot: '' })}
        style={{ ...inputStyle, flex: '1 1 14rem' }}
        value={line.item}
      >
        <option value="">Choose an item</option>
        {kind === 'outputs' && canCreateItems && <option value={NEW}>+ New item…</option>}
        {items.map((item) => (
          <option key={item.id} value={item.id}>
            {item.sku} · {item.name}
          </option>
        ))}
      </select>
      {kind === 'inputs' && (
        <LotSelect
          apiURL={apiURL}
          id={id('lot')}
          item={line.item}
          location={location}
          onChange={(lot) => set({ lot })}
          value={line.lot}
        />
      )}
      <input
        aria-label="Quantity"
        id={id('quantity')}
        min={0}
        onChange={(e) => set({ quantity: e.target.value })}
        placeholder={unit ? `Quantity (${unit})` : 'Quantity'}
        step="any"
        style={{ ...inputStyle, width: 150 }}
        type="number"
        value={line.quantity}
      />
      <input
        aria-label="Note"
        id={id('note')}
        onChange={(e) => set({ note: e.target.value })}
        placeholder="Note"
        style={{ ...inputStyle, flex: '1 1 10rem' }}
        value={line.note}
      />
      {onRemove && (
        <button
          aria-label="Remove line"
          onClick={onRemove}
          style={{ ...inputStyle, cursor: 'pointer' }}
          type="button"
        >
          ×
        </button>
      )}
      {line.item === NEW && (
        <div style={{ display: 'flex', flexBasis: '100%', gap: 8 }}>
          {(['name', 'sku', 'unit'] as const).map((field) => (
            <input
              aria-label={`New item ${field}`}
              id={id(`new-${field}`)}
              key={field}
              onChange={(e) => set({ newItem: { ...line.newItem, [field]: e.target.value } })}
              placeholder={{ name: 'Name', sku: 'SKU', unit: 'Unit (e.g. ct)' }[field]}
              style={{ ...inputStyle, flex: field === 'name' ? '2 1 10rem' : '1 1 6rem' }}
              value={line.newItem[field]}
            />
          ))}
        </div>
      )}
    </div>
  )
}

/** The line as the action takes it. */
export function lineArgs(kind: LineKind, line: LineDraft): Record<string, unknown> {
  const note = line.note.trim() ? { note: line.note.trim() } : {}
  if (kind === 'outputs' && line.item === NEW)
    return { newItem: line.newItem, quantity: line.quantity, ...note }
  const item = line.item ? Number(line.item) : undefined
  if (kind === 'losses') return { item, quantity: line.quantity, type: line.type, ...note }
  if (kind === 'inputs')
    return {
      item,
      ...(line.lot ? { lot: Number(line.lot) } : {}),
      quantity: line.quantity,
      ...note,
    }
  return { item, quantity: line.quantity, ...note }
}
