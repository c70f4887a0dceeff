'use client'
import React from 'react'

import { inputStyle } from '../../../platform/components/Dialog/index.client'
import { ItemSelect } from './ItemSelect'
import { type ItemOption, type LineDraft, type LineKind, NEW } from './lineDraft'
import { LossTypeSelect } from './LossTypeSelect'
import { LotSelect } from './LotSelect'
import { NewItemFields } from './NewItemFields'

export { type ItemOption, type LineDraft, lineArgs, type LineKind } from './lineDraft'

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

const lineStyle: React.CSSProperties = {
  borderBottom: '1px solid var(--theme-elevation-100, #eee)',
  display: 'flex',
  flexWrap: 'wrap',
  gap: 8,
  padding: '8px 0',
}

/** One line of a recording: its loss type, item (or a new one), lot, quantity and note. */
export function EntryLine(props: Props) {
  const { apiURL, canCreateItems, index, items, kind, line, location, onChange, onRemove } = props
  const id = (field: string) => `entry-${index}-${field}`
  const set = (patch: Partial<LineDraft>) => onChange({ ...line, ...patch })
  const unit = items.find((item) => String(item.id) === line.item)?.unit
  return (
    <div data-line={index} style={lineStyle}>
      {kind === 'losses' && (
        <LossTypeSelect id={id('type')} onChange={(type) => set({ type })} value={line.type} />
      )}
      <ItemSelect
        id={id('item')}
        items={items}
        offerNew={kind === 'outputs' && canCreateItems}
        onChange={(item) => set({ item, lot: '' })}
        value={line.item}
      />
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
        <NewItemFields id={id} onChange={(newItem) => set({ newItem })} value={line.newItem} />
      )}
    </div>
  )
}
