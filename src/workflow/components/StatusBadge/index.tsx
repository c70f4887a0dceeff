import React from 'react'

import { statusColors } from '../../rules/statusAppearance'
import { StatusIcon } from '../StatusIcon'

export type StatusLook = { color?: null | string; icon?: null | string; name: string }

/** The hex of a status color key; unknown keys fall back to gray. */
export const statusHex = (color?: null | string) =>
  statusColors[color as keyof typeof statusColors] ?? statusColors.gray

/** A production status as a pill: its color behind white text, its icon, its name. */
export function StatusBadge({ status, title }: { status: StatusLook; title?: string }) {
  return (
    <span
      className="manufacturing-status-badge"
      data-status={status.name}
      style={{
        alignItems: 'center',
        background: statusHex(status.color),
        borderRadius: 999,
        color: '#fff',
        display: 'inline-flex',
        fontSize: 13,
        fontWeight: 500,
        gap: 6,
        lineHeight: '20px',
        maxWidth: '100%',
        padding: '2px 10px',
        whiteSpace: 'nowrap',
      }}
      title={title}
    >
      <StatusIcon name={status.icon} />
      <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{status.name}</span>
    </span>
  )
}
