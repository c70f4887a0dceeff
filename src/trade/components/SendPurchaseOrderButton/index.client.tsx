'use client'
import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import React from 'react'

import { ActionButton } from '../../../platform/components/ActionButton/index.client'

/** The order as a PDF and, for who may send it, "Send to supplier" (e-mails it, marks it sent). */
export function SendPurchaseOrderControls({ canSend }: { canSend: boolean }) {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  if (!id) return null
  return (
    <span style={{ alignItems: 'center', display: 'inline-flex', gap: 8 }}>
      <a
        className="btn btn--style-secondary btn--size-medium"
        download
        href={`${config.serverURL}${config.routes.api}/purchase-orders/purchase-order.pdf?ids=${id}`}
        id="purchase-order-pdf"
      >
        PDF
      </a>
      {canSend ? (
        <ActionButton
          action="sendPurchaseOrder"
          confirm="E-mail this purchase order to the supplier?"
          label="Send to supplier"
          statuses={['draft', 'sent']}
        />
      ) : null}
    </span>
  )
}
