'use client'
import type { DefaultCellComponentProps, SelectFieldClientComponent } from 'payload'

import { useField } from '@payloadcms/ui'
import React from 'react'

/** The colors of an order's derived states, from untouched to finished. */
const looks: Record<string, { color: string; label: string }> = {
  blocked: { color: '#dc2626', label: 'Blocked' },
  done: { color: '#15803d', label: 'Done' },
  in_progress: { color: '#2563eb', label: 'In progress' },
  not_started: { color: '#6b7280', label: 'Not started' },
  picked: { color: '#15803d', label: 'Picked' },
}

/** A derived state as a colored pill. */
export function OrderStateBadge({ value }: { value?: null | string }) {
  if (!value) return null
  const look = looks[value] ?? { color: '#6b7280', label: value }
  return (
    <span
      className="order-state-badge"
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

/** The list's production state and pick progress columns. */
export function OrderStateCell({ cellData }: DefaultCellComponentProps) {
  return <OrderStateBadge value={cellData as string} />
}

/** The same badge on the order's page, read-only: the plugin derives it. */
export const OrderStateField: SelectFieldClientComponent = ({ field, path }) => {
  const { value } = useField<string>({ path: path ?? field.name })
  return (
    <div className="field-type" data-field={field.name} style={{ marginBottom: 16 }}>
      <div style={{ color: 'var(--theme-elevation-600)', fontSize: 13, marginBottom: 4 }}>
        {typeof field.label === 'string' ? field.label : field.name}
      </div>
      <OrderStateBadge value={value} />
    </div>
  )
}
