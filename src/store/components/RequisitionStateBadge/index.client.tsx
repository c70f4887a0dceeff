'use client'
import type { DefaultCellComponentProps, SelectFieldClientComponent } from 'payload'

import { useField } from '@payloadcms/ui'
import React from 'react'

/** A requisition's states, from asked to on the trolley, then closed. */
export const requisitionLooks: Record<string, { color: string; label: string }> = {
  cancelled: { color: '#6b7280', label: 'Cancelled' },
  in_trolley: { color: '#15803d', label: 'In trolley' },
  issued: { color: '#16a34a', label: 'Issued' },
  picked: { color: '#2563eb', label: 'Picked' },
  picking: { color: '#0891b2', label: 'Picking' },
  requested: { color: '#d97706', label: 'Requested' },
  returned: { color: '#6b7280', label: 'Returned' },
}

/** A requisition's state as a colored pill. */
export function RequisitionStateBadge({ value }: { value?: null | string }) {
  if (!value) return null
  const look = requisitionLooks[value] ?? { color: '#6b7280', label: value }
  return (
    <span
      className="requisition-state-badge"
      data-state={value}
      style={{
        background: look.color,
        borderRadius: 999,
        color: '#fff',
        display: 'inline-block',
        fontSize: 13,
        lineHeight: '20px',
        padding: '2px 10px',
        whiteSpace: 'nowrap',
      }}
    >
      {look.label}
    </span>
  )
}

/** The requisitions list's state column. */
export function RequisitionStateCell({ cellData }: DefaultCellComponentProps) {
  return <RequisitionStateBadge value={cellData as string} />
}

/** The same badge on the requisition's page, read-only: the store's actions set it. */
export const RequisitionStateField: SelectFieldClientComponent = ({ field, path }) => {
  const { value } = useField<string>({ path: path ?? field.name })
  return (
    <div className="field-type" data-field={field.name} style={{ marginBottom: 16 }}>
      <div style={{ color: 'var(--theme-elevation-600)', fontSize: 13, marginBottom: 4 }}>
        {typeof field.label === 'string' ? field.label : 'State'}
      </div>
      <RequisitionStateBadge value={value} />
    </div>
  )
}
