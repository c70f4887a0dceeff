'use client'
import type { ManufacturingOrder } from '../../../payload-types'

import { Button, toast, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import { ActionButton } from '../../../platform/components/ActionButton/index.client'
import { fetchJson } from '../../../platform/components/fetchJson'
import { PickDialog } from './PickDialog'
import { RecordOutputDialog } from './RecordOutputDialog'
import { ReverseOutputDialog } from './ReverseOutputDialog'

type Open = 'output' | 'pick' | 'reverse' | null

/**
 * "Pick ingredients", "Record output", "Reverse output" and "Refresh from recipe" on a saved
 * order. A dialog reads the order as stored
 * when it opens, so it works from what the server holds, not from unsaved edits.
 */
export function OrderControlsClient({ canRefresh }: { canRefresh: boolean }) {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const router = useRouter()
  const [open, setOpen] = useState<Open>(null)
  const [order, setOrder] = useState<ManufacturingOrder | null>(null)
  if (!id) return null
  const apiURL = `${config.serverURL}${config.routes.api}`
  const show = async (which: Open) => {
    try {
      setOrder(await fetchJson<ManufacturingOrder>(`${apiURL}/manufacturing-orders/${id}?depth=0`))
      setOpen(which)
    } catch (reason) {
      toast.error((reason as Error).message)
    }
  }
  const done = () => {
    setOpen(null)
    router.refresh()
  }
  return (
    <span style={{ display: 'inline-flex', gap: 8 }}>
      {canRefresh && (
        <ActionButton
          action="refreshOrderRecipe"
          confirm="Replace the ingredients and operations with the product's current recipe?"
          label="Refresh from recipe"
        />
      )}
      <Button
        buttonStyle="secondary"
        id="pick-ingredients-button"
        onClick={() => show('pick')}
        size="medium"
      >
        Pick ingredients
      </Button>
      <Button
        buttonStyle="secondary"
        id="record-output-button"
        onClick={() => show('output')}
        size="medium"
      >
        Record output
      </Button>
      <Button
        buttonStyle="secondary"
        id="reverse-output-button"
        onClick={() => show('reverse')}
        size="medium"
      >
        Reverse output
      </Button>
      {open === 'pick' && order && (
        <PickDialog
          apiURL={apiURL}
          lines={order.ingredients ?? []}
          onClose={() => setOpen(null)}
          onDone={done}
          order={order.id}
        />
      )}
      {open === 'output' && order && (
        <RecordOutputDialog
          apiURL={apiURL}
          mode={order.mode ?? 'discrete'}
          onClose={() => setOpen(null)}
          onDone={done}
          order={order.id}
          rows={order.outputs ?? []}
        />
      )}
      {open === 'reverse' && order && (
        <ReverseOutputDialog
          apiURL={apiURL}
          onClose={() => setOpen(null)}
          onDone={done}
          order={order.id}
          rows={order.outputs ?? []}
        />
      )}
    </span>
  )
}
