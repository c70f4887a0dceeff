'use client'
import React from 'react'

import { TouchButton } from '../touch/TouchButton'

export type Choice = { detail?: string; label: string; value: string }

type Props = {
  choices: Choice[]
  disabled?: boolean
  /** The group's id; each button's is `<id>-<value>`. */
  id: string
  label: string
  onChange: (value: string) => void
  value: string
}

/** One choice among a few, as large buttons side by side: the chosen one pressed and dark. */
export function ChoiceButtons({ choices, disabled, id, label, onChange, value }: Props) {
  return (
    <div aria-label={label} id={id} role="group" style={{ margin: '8px 0' }}>
      <div style={{ fontSize: 16, fontWeight: 600, marginBottom: 6 }}>{label}</div>
      <div
        style={{
          display: 'grid',
          gap: 8,
          gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))',
        }}
      >
        {choices.map((choice) => (
          <TouchButton
            aria-pressed={choice.value === value}
            data-value={choice.value}
            disabled={disabled}
            id={`${id}-${choice.value}`}
            key={choice.value}
            onClick={() => onChange(choice.value)}
            tone={choice.value === value ? 'primary' : 'secondary'}
          >
            <span style={{ display: 'grid', gap: 2, minWidth: 0, overflowWrap: 'anywhere' }}>
              <span>{choice.label}</span>
              {choice.detail && (
                <span style={{ fontSize: 14, fontWeight: 400, opacity: 0.85 }}>
                  {choice.detail}
                </span>
              )}
            </span>
          </TouchButton>
        ))}
      </div>
    </div>
  )
}
