import React from 'react'

import type { LotTrace } from '../../lotTraceOf'
import type { TraceNode } from '../../rules/lotTrace'

type Props = { admin: string; direction: 'backward' | 'forward'; node: TraceNode; trace: LotTrace }

const list: React.CSSProperties = { listStyle: 'none', margin: 0, paddingLeft: 18 }
const muted: React.CSSProperties = { color: 'var(--theme-elevation-500)' }

/** A lot of the tree: its code, item, the quantity on the path and where it is now. */
function LotLine({ admin, node, trace }: Omit<Props, 'direction'>) {
  const lot = trace.lots[String(node.lot)]
  const unit = lot?.item.unit ?? ''
  const places = trace.onHand[String(node.lot)] ?? []
  return (
    <span data-lot={lot?.code}>
      <a href={`${admin}/collections/lots/${node.lot}`}>{lot?.code ?? node.lot}</a>{' '}
      {lot ? `${lot.item.sku} · ${lot.item.name}` : ''}
      {node.quantity !== null ? ` · ${node.quantity} ${unit}` : ''}
      <span style={muted}>
        {' · '}
        {places.length
          ? `on hand: ${places.map((p) => `${p.onHand} ${unit} at ${p.location.name}`).join(', ')}`
          : 'none on hand'}
      </span>
    </span>
  )
}

/** A document on the path: what it made or used of the lot above, and whom it was made for. */
function StepLine({
  admin,
  direction,
  event,
  quantity,
  trace,
  unit,
}: {
  admin: string
  direction: Props['direction']
  event: string
  quantity: string
  trace: LotTrace
  unit: string
}) {
  const doc = trace.documents[event]
  const title = doc?.title ?? event
  const order = doc?.salesOrder
  return (
    <span data-event={event}>
      {direction === 'backward' ? 'made by ' : 'used by '}
      {doc?.id ? <a href={`${admin}/collections/${doc.collection}/${doc.id}`}>{title}</a> : title}
      {` (${direction === 'backward' ? 'made' : 'used'} ${quantity} ${unit})`}
      {order ? (
        <span style={muted}>
          {' for '}
          <a href={`${admin}/collections/sales-orders/${order.id}`}>{order.number}</a>
          {order.customer ? `, ${order.customer.name}` : ''}
        </span>
      ) : null}
    </span>
  )
}

/** A lot's tree, backward (what went into it) or forward (what was made of it), level by level. */
export function TraceTree({ admin, direction, node, trace }: Props) {
  const unit = trace.lots[String(node.lot)]?.item.unit ?? ''
  if (node.quantity === null && node.through.length === 0)
    return (
      <p style={muted}>
        {direction === 'backward'
          ? 'Not made from other lots: received or found.'
          : 'Not used in production yet.'}
      </p>
    )
  return (
    <ul style={{ ...list, paddingLeft: node.quantity === null ? 0 : 18 }}>
      <li>
        <LotLine admin={admin} node={node} trace={trace} />
        <ul style={list}>
          {node.through.map((step) => (
            <li key={step.event}>
              <StepLine
                admin={admin}
                direction={direction}
                event={step.event}
                quantity={step.quantity}
                trace={trace}
                unit={unit}
              />
              {step.lots.map((child) => (
                <TraceTree
                  admin={admin}
                  direction={direction}
                  key={child.lot}
                  node={child}
                  trace={trace}
                />
              ))}
            </li>
          ))}
        </ul>
      </li>
    </ul>
  )
}
