'use client'
import React from 'react'

import { pressKey } from '../../rules/keypad'
import { touchControl } from './touchStyles'

type Props = {
  /** Accept a decimal point. */
  decimal?: boolean
  id: string
  label: string
  onChange: (value: string) => void
  /** A unit shown after the figure. */
  unit?: string
  value: string
}

const keys = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '.', '0', '⌫'] as const

/** A figure entered with a thumb: the figure in large type over a 3×4 pad of big keys. */
export function NumericKeypad({ decimal = true, id, label, onChange, unit, value }: Props) {
  return (
    <div aria-label={label} id={id} role="group" style={{ maxWidth: 360, width: '100%' }}>
      <div style={{ fontSize: 16, fontWeight: 600, marginBottom: 6 }}>{label}</div>
      <output
        aria-live="polite"
        data-testid={`${id}-value`}
        style={{
          border: '2px solid var(--theme-elevation-250)',
          borderRadius: 'var(--style-radius-m, 8px)',
          display: 'block',
          fontSize: 36,
          fontVariantNumeric: 'tabular-nums',
          fontWeight: 700,
          minHeight: 64,
          padding: '8px 16px',
          textAlign: 'right',
        }}
      >
        {value || '0'}
        {unit && <span style={{ fontSize: 20, fontWeight: 500, marginLeft: 8 }}>{unit}</span>}
      </output>
      <div
        style={{
          display: 'grid',
          gap: 8,
          gridTemplateColumns: 'repeat(3, 1fr)',
          marginTop: 8,
        }}
      >
        {keys.map((key) => (
          <button
            aria-label={key === '⌫' ? 'Delete' : key}
            data-key={key}
            disabled={key === '.' && !decimal}
            key={key}
            onClick={() => onChange(pressKey(value, key === '⌫' ? 'delete' : key))}
            style={{
              ...touchControl('secondary', true),
              fontSize: 28,
              minHeight: 64,
              visibility: key === '.' && !decimal ? 'hidden' : undefined,
            }}
            type="button"
          >
            {key}
          </button>
        ))}
      </div>
    </div>
  )
}
