import React from 'react'

import { NextStep } from '../ExecutionStation/NextStep.client'
import type { OrderStationData } from './loadOrderStation'

/**
 * The order's status and the next one as one large button with the stock it moves; the last
 * status only for who may finalize (the order's output rows record what it made).
 */
export function OrderNextStep({ data }: { data: OrderStationData }) {
  const { order, step } = data
  const offered = data.can.update && step.next && (!step.nextIsLast || step.finalize)
  return (
    <section aria-label="Status" id="order-status" style={{ margin: '16px 0' }}>
      <p style={{ fontSize: 20, margin: '0 0 8px' }}>
        Status: <strong>{step.current ?? '—'}</strong>
      </p>
      {offered && step.next ? (
        <NextStep
          code={order.number}
          collection="manufacturing-orders"
          id={order.id}
          key={step.next.id}
          last={false}
          producedQuantity={null}
          next={step.next}
          unit={order.unit}
        />
      ) : (
        step.next &&
        data.can.update && (
          <p id="order-last-step" role="status">
            Moving it to {step.next.name} is for someone who may finalize orders.
          </p>
        )
      )}
    </section>
  )
}
