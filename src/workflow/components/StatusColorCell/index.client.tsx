'use client'
import type { DefaultCellComponentProps, SelectFieldClient } from 'payload'

import React from 'react'

import { statusHex } from '../StatusBadge'

/** The statuses list's color column: a swatch of the color and its name. */
export function StatusColorCell({ cellData }: DefaultCellComponentProps<SelectFieldClient>) {
  if (!cellData) return null
  const color = String(cellData)
  return (
    <span style={{ alignItems: 'center', display: 'inline-flex', gap: 8 }}>
      <span
        aria-hidden="true"
        style={{
          background: statusHex(color),
          borderRadius: 4,
          display: 'inline-block',
          height: 16,
          width: 16,
        }}
      />
      {color}
    </span>
  )
}
