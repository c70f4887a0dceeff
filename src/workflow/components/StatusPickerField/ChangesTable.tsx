import type { StockChange } from '../../stockChanges'

import React from 'react'

import { cell, ChangeRow, number } from './ChangeRow'

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
          {changes.map((change) => (
            <ChangeRow change={change} key={`${change.item.id}:${change.location.id}`} />
          ))}
        </tbody>
      </table>
    </div>
  )
}
