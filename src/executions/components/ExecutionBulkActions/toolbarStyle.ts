import type React from 'react'

/** A row of tools above the list. */
export const toolbarStyle: React.CSSProperties = {
  alignItems: 'center',
  display: 'flex',
  flexWrap: 'wrap',
  gap: 8,
  margin: '0 0 var(--base, 20px)',
}
