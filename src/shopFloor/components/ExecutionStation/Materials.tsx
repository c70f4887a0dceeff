import React from 'react'

import type { StationLine } from '../../executionStation'

/** What the execution is made from: each material, how much, and how far the store got with it. */
export function Materials({ lines }: { lines: StationLine[] }) {
  return (
    <section aria-label="Materials" id="shop-floor-materials">
      <h2 style={{ fontSize: 22, margin: '20px 0 8px' }}>From</h2>
      {lines.length === 0 ? (
        <p>No materials.</p>
      ) : (
        <ul style={{ display: 'grid', gap: 8, listStyle: 'none', margin: 0, padding: 0 }}>
          {lines.map((line, index) => (
            <li
              data-line={line.item}
              key={`${line.item}:${index}`}
              style={{
                alignItems: 'baseline',
                borderBottom: '1px solid var(--theme-elevation-100)',
                display: 'flex',
                flexWrap: 'wrap',
                gap: 12,
                justifyContent: 'space-between',
                padding: '8px 0',
              }}
            >
              <span style={{ fontSize: 18 }}>{line.item}</span>
              <span>
                <strong style={{ fontSize: 20 }}>{line.quantity}</strong>{' '}
                <span style={{ color: 'var(--theme-elevation-600)' }}>· {line.supply}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
