'use client'
import { Button, toast, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import { postAction } from '../fetchJson'

/** An execution (its code) or a manufacturing order (its order number). */
type Made = { code?: string; orderNumber?: string }
type Result = { created: Made[]; existing: Made[]; skipped: { reason: string }[] }

const numbers = (made: Made[]) => made.map((m) => m.code ?? m.orderNumber).join(', ')

const summary = ({ created, existing, skipped }: Result) =>
  [
    created.length ? `Created ${numbers(created)}.` : 'Nothing new created.',
    existing.length ? `Already created: ${numbers(existing)}.` : '',
    skipped.length ? `${skipped.length} line(s) skipped: ${skipped[0]!.reason}.` : '',
  ]
    .filter(Boolean)
    .join(' ')

type Props = {
  /** `createProductionFromSalesOrder` or `createManufacturingOrdersFromSalesOrder`. */
  action: string
  buttonId: string
  label: string
}

/** Makes production for each line of this sales order that has a recipe, by `action`. */
export function SalesOrderProductionControl({ action, buttonId, label }: Props) {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  if (!id) return null
  const run = async () => {
    setBusy(true)
    try {
      const result = await postAction<Result>(`${config.serverURL}${config.routes.api}`, action, {
        salesOrder: Number(id),
      })
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
      id={buttonId}
      margin={false}
      onClick={run}
      size="medium"
    >
      {label}
    </Button>
  )
}
