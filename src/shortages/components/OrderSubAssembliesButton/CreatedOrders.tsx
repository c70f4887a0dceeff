'use client'
import { useConfig } from '@payloadcms/ui'
import Link from 'next/link'
import React from 'react'

import { type SubAssemblyOrders } from './useSubAssemblyOrders'

/** The orders made for the shortages, each linked, or that none was short. */
export function CreatedOrders({ result }: { result: SubAssemblyOrders }) {
  const { config } = useConfig()
  if (result.created.length === 0)
    return (
      <p style={{ marginTop: 0 }}>No sub-assembly is short: the stock available covers the need.</p>
    )
  return (
    <>
      <p style={{ marginTop: 0 }}>Created, for the shortages:</p>
      <ul>
        {result.created.map((order) => (
          <li key={order.id}>
            <Link href={`${config.routes.admin}/collections/manufacturing-orders/${order.id}`}>
              {order.orderNumber}
            </Link>
            : {order.shortage} {order.sku} short,{' '}
            {order.batches ? `${order.batches} batch(es) making ` : 'making '}
            {order.quantity}
          </li>
        ))}
      </ul>
    </>
  )
}
