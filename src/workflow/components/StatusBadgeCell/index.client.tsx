'use client'
import type { DefaultCellComponentProps, RelationshipFieldClient } from 'payload'

import React from 'react'

import { StatusBadge } from '../StatusBadge'
import { useProductionStatuses } from '../StatusBadge/productionStatuses'

type StatusCellData = { color?: string; icon?: string; id?: number | string; name?: string }

/** The list view's status column: the status as its badge, whether the row holds it or its id. */
export function StatusBadgeCell({ cellData }: DefaultCellComponentProps<RelationshipFieldClient>) {
  const populated =
    cellData && typeof cellData === 'object' && (cellData as StatusCellData).name
      ? (cellData as StatusCellData)
      : null
  const id = populated
    ? null
    : cellData && typeof cellData === 'object'
      ? (cellData as StatusCellData).id
      : cellData
  const { statuses } = useProductionStatuses()
  if (populated) return <StatusBadge status={{ ...populated, name: populated.name! }} />
  if (id === null || id === undefined || id === '') return null
  const status = statuses?.find((s) => String(s.id) === String(id))
  if (status) return <StatusBadge status={status} />
  // Still loading, or a status this user cannot read: the id, quietly.
  return <span style={{ color: 'var(--theme-elevation-500)' }}>{statuses ? `#${id}` : '…'}</span>
}
