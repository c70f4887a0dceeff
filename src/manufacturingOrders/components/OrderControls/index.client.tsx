'use client'
import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React from 'react'

import { ActionButton } from '../../../platform/components/ActionButton/index.client'
import { SecondaryButtons } from '../../../platform/components/SecondaryButtons/index.client'
import { PickDialog } from './PickDialog'
import { RecordOutputDialog } from './RecordOutputDialog'
import { ReverseOutputDialog } from './ReverseOutputDialog'
import { type Open, useStoredOrder } from './useStoredOrder'

/** The buttons that open the order's dialogs. */
function OrderDialogButtons({ show }: { show: (which: Open) => void }) {
  const opens: [Open, string, string][] = [
    ['pick', 'pick-ingredients-button', 'Pick ingredients'],
    ['output', 'record-output-button', 'Record output'],
    ['reverse', 'reverse-output-button', 'Reverse output'],
  ]
  return (
    <SecondaryButtons
      buttons={opens.map(([which, id, label]) => ({ id, label, onClick: () => show(which) }))}
      size="medium"
    />
  )
}

/**
 * "Pick ingredients", "Record output", "Reverse output" and "Refresh from recipe" on a saved
 * order. A dialog reads the order as stored
 * when it opens, so it works from what the server holds, not from unsaved edits.
 */
export function OrderControlsClient({ canRefresh }: { canRefresh: boolean }) {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const router = useRouter()
  const apiURL = `${config.serverURL}${config.routes.api}`
  const { open, order, setOpen, show } = useStoredOrder(apiURL, id)
  if (!id) return null
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
      <OrderDialogButtons show={show} />
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
