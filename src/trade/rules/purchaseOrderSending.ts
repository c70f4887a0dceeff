/** The states of a purchase order, in the order it usually goes through them. */
export const purchaseOrderStatuses = [
  'draft',
  'sent',
  'partially_received',
  'received',
  'cancelled',
  'closed',
] as const

export type PurchaseOrderStatus = (typeof purchaseOrderStatuses)[number]

/** States in which an order brings nothing more: not counted as incoming, not received. */
export const closedPurchaseStatuses: readonly PurchaseOrderStatus[] = [
  'received',
  'cancelled',
  'closed',
]

export type SendingRefusal = { message: string; path: string }

type Sendable = {
  lines: number
  number: string
  status: null | string | undefined
  supplier: { email?: null | string; name: string }
}

const emailShape = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/**
 * Whether purchase order `number` may be sent to its supplier: a draft, or one already sent (sent
 * again), with at least one line, to a supplier with an e-mail address. Null when it may.
 */
export function sendingRefusal(order: Sendable): SendingRefusal | null {
  const status = order.status ?? 'draft'
  if (status !== 'draft' && status !== 'sent')
    return {
      message: `${order.number} is ${status.replace('_', ' ')}: only a draft or a sent order is sent`,
      path: 'id',
    }
  if (order.lines === 0)
    return { message: `${order.number} has no lines: add what to buy before sending`, path: 'id' }
  const email = order.supplier.email?.trim() ?? ''
  if (!emailShape.test(email))
    return {
      message: `${order.supplier.name} has no e-mail address: add one to the supplier to send ${order.number}`,
      path: 'supplier',
    }
  return null
}

/** Why an order in `status` cannot be received, or null when it can. */
export function receivingRefusal(number: string, status: null | string | undefined): null | string {
  const state = status ?? 'draft'
  if (state === 'draft') return `${number} is a draft: send it before receiving`
  if (state === 'cancelled' || state === 'closed')
    return `${number} is ${state}: nothing more arrives`
  return null
}
