import type React from 'react'

/** A figure in a table of figures: right-aligned, on one line. */
export const figureCell: React.CSSProperties = {
  borderBottom: '1px solid var(--theme-elevation-100, #eee)',
  padding: '6px 10px',
  textAlign: 'right',
  whiteSpace: 'nowrap',
}

/** The row's label in a table of figures. */
export const labelCell: React.CSSProperties = { ...figureCell, textAlign: 'left' }

/** A cell of a table of lines on a document's page: ruled under, left-aligned. */
export const lineCell: React.CSSProperties = {
  borderBottom: '1px solid var(--theme-elevation-100)',
  padding: '6px 8px',
  textAlign: 'left',
}
