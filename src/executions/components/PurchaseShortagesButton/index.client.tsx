'use client'
import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'
import Link from 'next/link'
import React, { useState } from 'react'

import { Dialog, DialogError } from '../../../platform/components/Dialog/index.client'
import { postAction } from '../../../platform/components/fetchJson'

type Line = { name: string; quantity: string; sku: string }
type Result = {
  created: { id: number; lines: Line[]; number: string }[]
  unassigned: Line[]
}

/** Drafts purchase orders for what this execution is short of, and lists them for review. */
export function PurchaseShortagesControl() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<null | Result>(null)
  const [error, setError] = useState<null | string>(null)
  if (!id) return null
  const run = async () => {
    setBusy(true)
    setError(null)
    try {
      setResult(
        await postAction<Result>(`${config.serverURL}${config.routes.api}`, 'purchaseShortages', {
          execution: Number(id),
        }),
      )
    } catch (reason) {
      setError((reason as Error).message)
    } finally {
      setBusy(false)
    }
  }
  const close = () => {
    setResult(null)
    setError(null)
  }
  return (
    <>
      <Button
        buttonStyle="secondary"
        disabled={busy}
        id="purchase-shortages-button"
        margin={false}
        onClick={run}
        size="medium"
      >
        Create purchase order
      </Button>
      {(result || error) && (
        <Dialog
          actions={
            <Button buttonStyle="primary" margin={false} onClick={close}>
              Close
            </Button>
          }
          id="purchase-shortages-dialog"
          onClose={close}
          title="Purchase orders for the shortages"
          width={560}
        >
          {result && result.created.length === 0 && result.unassigned.length === 0 && (
            <p style={{ marginTop: 0 }}>Nothing is short: the stock available covers the need.</p>
          )}
          {result && result.created.length > 0 && (
            <>
              <p style={{ marginTop: 0 }}>Draft purchase orders to review and send:</p>
              <ul>
                {result.created.map((order) => (
                  <li key={order.id}>
                    <Link href={`${config.routes.admin}/collections/purchase-orders/${order.id}`}>
                      {order.number}
                    </Link>
                    : {order.lines.map((l) => `${l.quantity} ${l.sku}`).join(', ')}
                  </li>
                ))}
              </ul>
            </>
          )}
          {result && result.unassigned.length > 0 && (
            <p>
              No primary supplier, not ordered:{' '}
              {result.unassigned.map((l) => `${l.quantity} ${l.sku} (${l.name})`).join(', ')}
            </p>
          )}
          <DialogError message={error} />
        </Dialog>
      )}
    </>
  )
}
