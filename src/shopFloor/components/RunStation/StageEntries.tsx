'use client'
import React from 'react'

import type { RunStationData } from './loadRunStation'

const kindLabels: Record<string, string> = {
  input: 'In',
  output: 'Out',
  rejection: 'Rejected',
  scrap: 'Scrap',
  waste: 'Waste',
}

/** What the stage has recorded so far, newest last, each entry on one large line. */
export function StageEntries({ data, stage }: { data: RunStationData; stage: string }) {
  const entries = data.entries.filter((entry) => entry.stage === stage)
  const items = new Map(data.items.map((item) => [item.id, item]))
  return (
    <section aria-label="Recorded at this stage" id="stage-entries" style={{ margin: '16px 0' }}>
      <h2 style={{ fontSize: 22, margin: '0 0 8px' }}>Recorded at this stage</h2>
      {entries.length === 0 ? (
        <p style={{ color: 'var(--theme-elevation-600)' }}>Nothing yet.</p>
      ) : (
        <ul style={{ display: 'grid', gap: 6, listStyle: 'none', margin: 0, padding: 0 }}>
          {entries.map((entry) => {
            const item = items.get(entry.item)
            return (
              <li
                data-kind={entry.kind}
                key={entry.id}
                style={{
                  background: 'var(--theme-elevation-50)',
                  borderRadius: 'var(--style-radius-m, 8px)',
                  display: 'flex',
                  flexWrap: 'wrap',
                  gap: '4px 12px',
                  padding: '10px 12px',
                }}
              >
                <strong style={{ minWidth: 80 }}>
                  {entry.reversal ? 'Reversal · ' : ''}
                  {kindLabels[entry.kind] ?? entry.kind}
                </strong>
                <span style={{ flex: '1 1 12rem' }}>
                  {item ? `${item.sku} · ${item.name}` : `Item ${entry.item}`}
                </span>
                <strong style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {entry.quantity} {entry.unit}
                </strong>
                {entry.lots.length > 0 && <span>Lot {entry.lots.join(', ')}</span>}
                {entry.note && <em>{entry.note}</em>}
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
