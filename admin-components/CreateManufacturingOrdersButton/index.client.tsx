'use client'
import { Button, toast, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import { postAction } from '../fetchJson'

type Result = {
  created: { orderNumber: string }[]
  existing: { orderNumber: string }[]
  skipped: { reason: string }[]
}

const summary = ({ created, existing, skipped }: Result) =>
  [
    created.length
      ? `Created ${created.map((c) => c.orderNumber).join(', ')}.`
      : 'Nothing new created.',
    existing.length ? `Already created: ${existing.map((e) => e.orderNumber).join(', ')}.` : '',
    skipped.length ? `${skipped.length} line(s) skipped: ${skipped[0]!.reason}.` : '',
  ]
    .filter(Boolean)
    .join(' ')

/** Creates a manufacturing order for each line of this sales order that has a recipe. */
export function CreateManufacturingOrdersControl() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  if (!id) return null
  const run = async () => {
    setBusy(true)
    try {
      const result = await postAction<Result>(
        `${config.serverURL}${config.routes.api}`,
        'createManufacturingOrdersFromSalesOrder',
        { salesOrder: Number(id) },
      )
      toast.success(summary(result))
      router.refresh()
    } catch (reason) {
      toast.error((reason as Error).message)
    } finally {
      setBusy(false)
    }
  }
  return (
    <Button
      buttonStyle="secondary"
      disabled={busy}
      id="create-manufacturing-orders-button"
      margin={false}
      onClick={run}
      size="medium"
    >
      Create manufacturing orders
    </Button>
  )
}
