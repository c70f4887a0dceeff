'use client'
import { type StateLooks, stateBadges } from '../../../platform/components/StateBadge/index.client'

/** The colors of an order's derived states, from untouched to finished. */
const looks: StateLooks = {
  blocked: { color: '#dc2626', label: 'Blocked' },
  done: { color: '#15803d', label: 'Done' },
  in_progress: { color: '#2563eb', label: 'Under way' },
  not_started: { color: '#6b7280', label: 'Not started' },
  picked: { color: '#15803d', label: 'Picked' },
}

const badges = stateBadges('order-state-badge', looks)

/** A derived state as a colored pill. */
export const OrderStateBadge = badges.Badge

/** The list's production state and pick progress columns. */
export const OrderStateCell = badges.Cell

/** The same badge on the order's page, read-only: the plugin derives it. */
export const OrderStateField = badges.Field
