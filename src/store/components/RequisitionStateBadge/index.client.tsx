'use client'
import { type StateLooks, stateBadges } from '../../../platform/components/StateBadge/index.client'

/** A requisition's states, from asked to on the trolley, then closed. */
export const requisitionLooks: StateLooks = {
  cancelled: { color: '#6b7280', label: 'Cancelled' },
  consumed: { color: '#6b7280', label: 'Consumed' },
  in_trolley: { color: '#15803d', label: 'In trolley' },
  issued: { color: '#16a34a', label: 'Issued' },
  picked: { color: '#2563eb', label: 'Picked' },
  picking: { color: '#0891b2', label: 'Picking' },
  requested: { color: '#d97706', label: 'Requested' },
  returned: { color: '#6b7280', label: 'Returned' },
}

const badges = stateBadges('requisition-state-badge', requisitionLooks, 'State')

/** A requisition's state as a colored pill. */
export const RequisitionStateBadge = badges.Badge

/** The requisitions list's state column. */
export const RequisitionStateCell = badges.Cell

/** The same badge on the requisition's page, read-only: the store's actions set it. */
export const RequisitionStateField = badges.Field
