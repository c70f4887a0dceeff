'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import React from 'react'

import { DialogError } from '../../../platform/components/Dialog/index.client'
import { NoticeDialog } from '../../../platform/components/Dialog/NoticeDialog'
import { SecondaryButton } from '../../../platform/components/SecondaryButtons/index.client'
import { CreatedOrders } from './CreatedOrders'
import { useSubAssemblyOrders } from './useSubAssemblyOrders'

/** Orders what this execution or manufacturing order is short of among its sub-assemblies. */
export function OrderSubAssembliesControl() {
  const { collectionSlug, id } = useDocumentInfo()
  const { busy, close, error, result, run } = useSubAssemblyOrders(
    collectionSlug === 'executions' ? { execution: Number(id) } : { order: Number(id) },
  )
  if (!id) return null
  return (
    <>
      <SecondaryButton disabled={busy} id="order-sub-assemblies-button" onClick={run}>
        Order sub-assemblies
      </SecondaryButton>
      {(result || error) && (
        <NoticeDialog
          id="order-sub-assemblies-dialog"
          onClose={close}
          title="Manufacturing orders for the sub-assemblies"
          width={560}
        >
          {result && <CreatedOrders result={result} />}
          <DialogError message={error} />
        </NoticeDialog>
      )}
    </>
  )
}
