import type React from 'react'

/** The least a control measures either way: a fingertip, not a mouse pointer. */
export const touchSize = 48

export type TouchTone = 'danger' | 'primary' | 'secondary'

const tones: Record<TouchTone, React.CSSProperties> = {
  danger: {
    background: 'var(--theme-error-500)',
    border: '1px solid var(--theme-error-500)',
    color: 'var(--theme-elevation-0)',
  },
  primary: {
    background: 'var(--theme-elevation-800)',
    border: '1px solid var(--theme-elevation-800)',
    color: 'var(--theme-elevation-0)',
  },
  secondary: {
    background: 'var(--theme-elevation-0)',
    border: '1px solid var(--theme-elevation-250)',
    color: 'var(--theme-elevation-800)',
  },
}

/** A big control: at least a fingertip high and wide, large type, its tone's colours. */
export const touchControl = (tone: TouchTone, large = false): React.CSSProperties => ({
  ...tones[tone],
  alignItems: 'center',
  borderRadius: 'var(--style-radius-m, 8px)',
  boxSizing: 'border-box',
  cursor: 'pointer',
  display: 'inline-flex',
  font: 'inherit',
  fontSize: large ? 24 : 18,
  fontWeight: 600,
  gap: 10,
  justifyContent: 'center',
  lineHeight: 1.2,
  minHeight: large ? 72 : touchSize,
  minWidth: touchSize,
  padding: large ? '12px 24px' : '8px 16px',
  textAlign: 'center',
  textDecoration: 'none',
  touchAction: 'manipulation',
})
