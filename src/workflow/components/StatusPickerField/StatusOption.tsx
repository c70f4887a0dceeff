'use client'
import type { ProductionStatus } from '../StatusBadge/productionStatuses'

import React from 'react'

import { StatusBadge } from '../StatusBadge'

type Props = { isCurrent: boolean; onPick: () => void; position: number; status: ProductionStatus }

/** One status in the menu: its place in the workflow and its badge; the current one is marked. */
export function StatusOption({ isCurrent, onPick, position, status }: Props) {
  return (
    <button
      aria-current={isCurrent ? 'true' : undefined}
      className="manufacturing-status-option"
      data-status-option={status.name}
      disabled={isCurrent}
      onClick={onPick}
      role="menuitem"
      style={{
        alignItems: 'center',
        background: isCurrent ? 'var(--theme-elevation-50, #f3f3f3)' : 'none',
        border: 0,
        borderRadius: 'var(--style-radius-s, 4px)',
        cursor: isCurrent ? 'default' : 'pointer',
        display: 'flex',
        gap: 8,
        padding: '6px 8px',
        textAlign: 'left',
        width: '100%',
      }}
      type="button"
    >
      <span style={{ color: 'var(--theme-elevation-500)', minWidth: 16 }}>{position}.</span>
      <StatusBadge status={status} />
      {isCurrent && (
        <span style={{ color: 'var(--theme-elevation-500)', fontSize: 12, marginLeft: 'auto' }}>
          ✓ current
        </span>
      )}
    </button>
  )
}
