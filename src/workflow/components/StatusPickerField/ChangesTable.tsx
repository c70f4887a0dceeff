import type { StockChange } from '../../stockChanges'

import React from 'react'

/** A decimal string with a typographic minus. */
const amount = (quantity: string) => (quantity.startsWith('-') ? `−${quantity.slice(1)}` : quantity)

/** A change: always signed. */
const signed = (quantity: string) =>
  quantity.startsWith('-') || quantity === '0' ? amount(quantity) : `+${quantity}`

const cell: React.CSSProperties = {
  borderBottom: '1px solid var(--theme-elevation-100)',
  padding: '6px 8px',
  textAlign: 'left',
  verticalAlign: 'top',
}
const number: React.CSSProperties = { ...cell, textAlign: 'right', whiteSpace: 'nowrap' }

/** What a status change would do to stock: one row per item and location. */
export function ChangesTable({ changes }: { changes: StockChange[] }) {
  if (changes.length === 0)
    return (
      <p data-testid="no-stock-moves" style={{ margin: 0 }}>
        No stock moves for this change.
      </p>
    )
  return (
    <div style={{ overflowX: 'auto' }}>
      <table style={{ borderCollapse: 'collapse', fontSize: 13, width: '100%' }}>
        <thead>
          <tr style={{ color: 'var(--theme-elevation-600)' }}>
            <th style={cell}>Item</th>
            <th style={cell}>Location</th>
            <th style={number}>Change</th>
            <th style={number}>On hand before → after</th>
            <th style={number}>Available after</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => {
            const unit = change.item.unit
            return (
              <tr
                data-preview-item={change.item.sku}
                data-shortage={change.shortage ? 'true' : undefined}
                key={`${change.item.id}:${change.location.id}`}
                style={
                  change.shortage
                    ? {
                        background: 'var(--theme-error-50, #fdecec)',
                        color: 'var(--theme-error-750, #8a1c1c)',
                      }
                    : undefined
                }
              >
                <td style={cell}>
                  <strong>{change.item.sku}</strong> {change.item.name}
                </td>
                <td style={cell}>{change.location.name}</td>
                <td
                  data-change={change.quantity}
                  style={{
                    ...number,
                    color: change.shortage
                      ? undefined
                      : change.quantity.startsWith('-')
                        ? 'var(--theme-warning-750, #92400e)'
                        : 'var(--theme-success-750, #166534)',
                    fontWeight: 600,
                  }}
                >
                  {signed(change.quantity)} {unit}
                </td>
                <td style={number}>
                  {amount(change.onHandBefore)} → <strong>{amount(change.onHandAfter)}</strong>{' '}
                  {unit}
                </td>
                <td style={number}>
                  {amount(change.availableAfter)} {unit}
                  {change.shortage && (
                    <span
                      style={{
                        background: 'var(--theme-error-500, #b91c1c)',
                        borderRadius: 999,
                        color: '#fff',
                        fontSize: 11,
                        fontWeight: 600,
                        marginLeft: 6,
                        padding: '1px 8px',
                      }}
                    >
                      Shortage
                    </span>
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
