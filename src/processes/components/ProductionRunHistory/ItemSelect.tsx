'use client'
import React from 'react'

import { inputStyle } from '../../../platform/components/Dialog/index.client'
import { type ItemOption, NEW } from './lineDraft'

type Props = {
  id: string
  items: ItemOption[]
  onChange: (item: string) => void
  /** Offer "+ New item…", for outputs recorded by users who may create items. */
  offerNew: boolean
  value: string
}

/** The line's item, or a new one. */
export function ItemSelect({ id, items, offerNew, onChange, value }: Props) {
  return (
    <select
      aria-label="Item"
      id={id}
      onChange={(e) => onChange(e.target.value)}
      style={{ ...inputStyle, flex: '1 1 14rem' }}
      value={value}
    >
      <option value="">Choose an item</option>
      {offerNew && <option value={NEW}>+ New item…</option>}
      {items.map((item) => (
        <option key={item.id} value={item.id}>
          {item.sku} · {item.name}
        </option>
      ))}
    </select>
  )
}
