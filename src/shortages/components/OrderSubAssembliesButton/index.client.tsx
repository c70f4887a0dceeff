'use client'
import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'
import Link from 'next/link'
import React, { useState } from 'react'

import { Dialog, DialogError } from '../../../platform/components/Dialog/index.client'
import { postAction } from '../../../platform/components/fetchJson'

type Result = {
  created: {
    batches?: number
    id: number
    name: string
    orderNumber: string
    quantity: string
    shortage: string
    sku: string
  }[]
}

/** Orders what this execution or manufacturing order is short of among its sub-assemblies. */
export function OrderSubAssembliesControl() {
  const { collectionSlug, id } = useDocumentInfo()
  const { config } = useConfig()
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<null | Result>(null)
  const [error, setError] = useState<null | string>(null)
  if (!id) return null
  const perform = async () => {
    setBusy(true)
    setError(null)
    try {
      const source =
        collectionSlug === 'executions' ? { execution: Number(id) } : { order: Number(id) }
      setResult(
        await postAction<Result>(
          `${config.serverURL}${config.routes.api}`,
          'createSubAssemblyOrders',
          source,
        ),
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
        id="order-sub-assemblies-button"
        margin={false}
        onClick={perform}
        size="medium"
      >
        Order sub-assemblies
      </Button>
      {(result || error) && (
        <Dialog
          actions={
            <Button buttonStyle="primary" margin={false} onClick={close}>
              Close
            </Button>
          }
          id="order-sub-assemblies-dialog"
          onClose={close}
          title="Manufacturing orders for the sub-assemblies"
          width={560}
        >
          {result && result.created.length === 0 && (
            <p style={{ marginTop: 0 }}>
              No sub-assembly is short: the stock available covers the need.
            </p>
          )}
          {result && result.created.length > 0 && (
            <>
              <p style={{ marginTop: 0 }}>Created, for the shortages:</p>
              <ul>
                {result.created.map((order) => (
                  <li key={order.id}>
                    <Link
                      href={`${config.routes.admin}/collections/manufacturing-orders/${order.id}`}
                    >
                      {order.orderNumber}
                    </Link>
                    : {order.shortage} {order.sku} short,{' '}
                    {order.batches ? `${order.batches} batch(es) making ` : 'making '}
                    {order.quantity}
                  </li>
                ))}
              </ul>
            </>
          )}
          <DialogError message={error} />
        </Dialog>
      )}
    </>
  )
}
