'use client'
import type { ProductionStatus } from '../StatusBadge/productionStatuses'

import React, { useEffect, useRef } from 'react'

import { StatusBadge } from '../StatusBadge'

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
  const close = useRef(onClose)
  close.current = onClose
  useEffect(() => {
    menu.current
      ?.querySelector<HTMLButtonElement>('button:not([disabled])')
      ?.focus({ preventScroll: true })
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close.current()
    }
    const onPointer = (event: MouseEvent) => {
      const target = event.target as Node
      const button = document.getElementById('status-picker-button')
      if (!menu.current?.contains(target) && !button?.contains(target)) close.current()
    }
    document.addEventListener('keydown', onKey)
    document.addEventListener('mousedown', onPointer)
    return () => {
      document.removeEventListener('keydown', onKey)
      document.removeEventListener('mousedown', onPointer)
    }
  }, [])

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
      {statuses.map((status, index) => {
        const isCurrent = status.id === current
        return (
          <button
            aria-current={isCurrent ? 'true' : undefined}
            className="manufacturing-status-option"
            data-status-option={status.name}
            disabled={isCurrent}
            key={status.id}
            onClick={() => onPick(status)}
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
            <span style={{ color: 'var(--theme-elevation-500)', minWidth: 16 }}>{index + 1}.</span>
            <StatusBadge status={status} />
            {isCurrent && (
              <span
                style={{ color: 'var(--theme-elevation-500)', fontSize: 12, marginLeft: 'auto' }}
              >
                ✓ current
              </span>
            )}
          </button>
        )
      })}
    </div>
  )
}
