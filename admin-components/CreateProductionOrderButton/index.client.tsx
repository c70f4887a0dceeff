'use client'
import { Button, toast, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import { postAction } from '../fetchJson'

type Result = {
  created: { code: string }[]
  existing: { code: string }[]
  skipped: { reason: string; sku?: string }[]
}

const summary = ({ created, existing, skipped }: Result) =>
  [
    created.length ? `Created ${created.map((c) => c.code).join(', ')}.` : 'Nothing new created.',
    existing.length ? `Already created: ${existing.map((e) => e.code).join(', ')}.` : '',
    skipped.length ? `${skipped.length} line(s) skipped: ${skipped[0]!.reason}.` : '',
  ]
    .filter(Boolean)
    .join(' ')

/** Creates an execution for each line of this order that has a recipe, and lists them below. */
export function CreateProductionOrderControl() {
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
        'createProductionFromSalesOrder',
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
      id="create-production-order-button"
      margin={false}
      onClick={run}
      size="medium"
    >
      Create production order
    </Button>
  )
}
