'use client'
import { ChevronIcon } from '@payloadcms/ui'
import React from 'react'

import { StatusBadge } from '../StatusBadge'
import { type ProductionStatus } from '../StatusBadge/productionStatuses'

type Props = {
  current: null | ProductionStatus
  currentId: unknown
  disabled: boolean
  loaded: boolean
  onClick: () => void
  open: boolean
  readOnly?: boolean
}

/** A saved document's status badge, a button that opens the menu of statuses to move to. */
export function StatusPickerButton(props: Props) {
  const { current, currentId, disabled, loaded, onClick, open, readOnly } = props
  return (
    <button
      aria-expanded={open}
      aria-haspopup="menu"
      disabled={disabled}
      id="status-picker-button"
      onClick={onClick}
      style={{
        alignItems: 'center',
        background: 'none',
        border: 0,
        cursor: readOnly ? 'default' : 'pointer',
        display: 'inline-flex',
        gap: 6,
        padding: 0,
      }}
      title={readOnly ? undefined : 'Move to another status'}
      type="button"
    >
      {current ? (
        <StatusBadge status={current} />
      ) : (
        <span>{loaded ? `Status #${currentId ?? '–'}` : '…'}</span>
      )}
      {!readOnly && (
        <span aria-hidden="true" style={{ display: 'inline-flex', width: 16 }}>
          <ChevronIcon direction={open ? 'up' : 'down'} />
        </span>
      )}
    </button>
  )
}
