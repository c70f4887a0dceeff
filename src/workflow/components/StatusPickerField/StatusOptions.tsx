'use client'
import type { ProductionStatus } from '../StatusBadge/productionStatuses'

import React, { useRef } from 'react'

import { StatusOption } from './StatusOption'
import { useMenuDismissal } from './useMenuDismissal'

type Props = {
  current: null | number
  onClose: () => void
  onPick: (status: ProductionStatus) => void
  statuses: ProductionStatus[]
}

const optionHover = `.manufacturing-status-option:not(:disabled):hover,
.manufacturing-status-option:not(:disabled):focus-visible {
  background: var(--theme-elevation-100) !important;
}`

/** The workflow's statuses in order under the badge, the current one marked. */
export function StatusOptions({ current, onClose, onPick, statuses }: Props) {
  const menu = useRef<HTMLDivElement>(null)
  useMenuDismissal(menu, onClose)

  return (
    <div
      aria-label="Move to status"
      id="status-picker-options"
      ref={menu}
      role="menu"
      style={{
        background: 'var(--theme-elevation-0, #fff)',
        border: '1px solid var(--theme-elevation-150, #ddd)',
        borderRadius: 'var(--style-radius-s, 4px)',
        boxShadow: '0 6px 20px rgba(0, 0, 0, 0.18)',
        left: 0,
        marginTop: 4,
        minWidth: 220,
        padding: 4,
        position: 'absolute',
        zIndex: 50,
      }}
    >
      <style>{optionHover}</style>
      {statuses.map((status, index) => (
        <StatusOption
          isCurrent={status.id === current}
          key={status.id}
          onPick={() => onPick(status)}
          position={index + 1}
          status={status}
        />
      ))}
    </div>
  )
}
