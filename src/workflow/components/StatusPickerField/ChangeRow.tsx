import type { StockChange } from '../../stockChanges'

import React from 'react'

/** A decimal string with a typographic minus. */
const amount = (quantity: string) => (quantity.startsWith('-') ? `−${quantity.slice(1)}` : quantity)

/** A change: always signed. */
const signed = (quantity: string) =>
  quantity.startsWith('-') || quantity === '0' ? amount(quantity) : `+${quantity}`

export const cell: React.CSSProperties = {
  borderBottom: '1px solid var(--theme-elevation-100)',
  padding: '6px 8px',
  textAlign: 'left',
  verticalAlign: 'top',
}
export const number: React.CSSProperties = { ...cell, textAlign: 'right', whiteSpace: 'nowrap' }

const shortageRow: React.CSSProperties = {
  background: 'var(--theme-error-50, #fdecec)',
  color: 'var(--theme-error-750, #8a1c1c)',
}

const shortageTag: React.CSSProperties = {
  background: 'var(--theme-error-500, #b91c1c)',
  borderRadius: 999,
  color: '#fff',
  fontSize: 11,
  fontWeight: 600,
  marginLeft: 6,
  padding: '1px 8px',
}

/** The colour of a change: none on a shortage's row, else a decrease warns and an increase is good. */
const changeColor = (change: StockChange) =>
  change.shortage
    ? undefined
    : change.quantity.startsWith('-')
      ? 'var(--theme-warning-750, #92400e)'
      : 'var(--theme-success-750, #166534)'

/** One item at one location: the change, on hand before and after, and what stays available. */
export function ChangeRow({ change }: { change: StockChange }) {
  const unit = change.item.unit
  return (
    <tr
      data-preview-item={change.item.sku}
      data-shortage={change.shortage ? 'true' : undefined}
      style={change.shortage ? shortageRow : undefined}
    >
      <td style={cell}>
        <strong>{change.item.sku}</strong> {change.item.name}
      </td>
      <td style={cell}>{change.location.name}</td>
      <td
        data-change={change.quantity}
        style={{ ...number, color: changeColor(change), fontWeight: 600 }}
      >
        {signed(change.quantity)} {unit}
      </td>
      <td style={number}>
        {amount(change.onHandBefore)} → <strong>{amount(change.onHandAfter)}</strong> {unit}
      </td>
      <td style={number}>
        {amount(change.availableAfter)} {unit}
        {change.shortage && <span style={shortageTag}>Shortage</span>}
      </td>
    </tr>
  )
}
