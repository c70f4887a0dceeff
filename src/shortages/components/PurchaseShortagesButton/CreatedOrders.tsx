'use client'
import Link from 'next/link'
import React from 'react'

import type { Named } from './shortageRows'

import { NoticeDialog } from '../../../platform/components/Dialog/NoticeDialog'

export type Created = {
  created: {
    id: number
    lines: { quantity: string; sku: string }[]
    number: string
    supplier: Named
  }[]
}

type Props = { adminRoute: string; created: Created['created']; onClose: () => void }

/** The draft purchase orders made, each linking to its page. */
export function CreatedOrders({ adminRoute, created, onClose }: Props) {
  return (
    <NoticeDialog
      id="purchase-shortages-dialog"
      onClose={onClose}
      title="Purchase orders created"
      width={640}
    >
      <p style={{ marginTop: 0 }}>Draft purchase orders to review and send:</p>
      <ul id="purchase-shortages-created">
        {created.map((order) => (
          <li key={order.id}>
            <Link
              className="purchase-order-link"
              href={`${adminRoute}/collections/purchase-orders/${order.id}`}
            >
              {order.number}
            </Link>{' '}
            from {order.supplier.name}:{' '}
            {order.lines.map((l) => `${l.quantity} ${l.sku}`).join(', ')}
          </li>
        ))}
      </ul>
    </NoticeDialog>
  )
}
