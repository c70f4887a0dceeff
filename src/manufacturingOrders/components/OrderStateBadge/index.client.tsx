'use client'
import type { DefaultCellComponentProps, SelectFieldClientComponent } from 'payload'

import React from 'react'

import {
  StateBadge,
  StateBadgeField,
  type StateLooks,
} from '../../../platform/components/StateBadge/index.client'

/** The colors of an order's derived states, from untouched to finished. */
const looks: StateLooks = {
  blocked: { color: '#dc2626', label: 'Blocked' },
  done: { color: '#15803d', label: 'Done' },
  in_progress: { color: '#2563eb', label: 'Under way' },
  not_started: { color: '#6b7280', label: 'Not started' },
  picked: { color: '#15803d', label: 'Picked' },
}

/** A derived state as a colored pill. */
export const OrderStateBadge = ({ value }: { value?: null | string }) => (
  <StateBadge className="order-state-badge" looks={looks} value={value} />
)

/** The list's production state and pick progress columns. */
export function OrderStateCell({ cellData }: DefaultCellComponentProps) {
  return <OrderStateBadge value={cellData as string} />
}

/** The same badge on the order's page, read-only: the plugin derives it. */
export const OrderStateField: SelectFieldClientComponent = ({ field, path }) => (
  <StateBadgeField
    className="order-state-badge"
    fallbackLabel={field.name}
    field={field}
    looks={looks}
    path={path}
  />
)
