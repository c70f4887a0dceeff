'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import { useManufacturingApi } from '../../../platform/components/useManufacturingApi'
import { PickListLinks } from './PickListLinks'
import { PickRequisitionDialog } from './PickRequisitionDialog'
import { type RequisitionPermissions, RequisitionSteps } from './RequisitionSteps'
import { ReturnToStoreDialog } from './ReturnToStoreDialog'
import { StageTrolleyDialog } from './StageTrolleyDialog'
import { useConfirmedStep } from './useConfirmedStep'
import { useStoredRequisition } from './useStoredRequisition'

export type { RequisitionPermissions } from './RequisitionSteps'

/** The dialog of each step that asks before it is taken. */
const dialogs = {
  pick: PickRequisitionDialog,
  return: ReturnToStoreDialog,
  stage: StageTrolleyDialog,
}
type Open = keyof typeof dialogs | null

/**
 * The store's steps on a requisition's page, each shown to those who may take it and when there
 * is something to take it on: pick, issue to the floor, stage on a trolley, return to the store,
 * cancel; and its pick list to print. Works from the requisition as stored, read again after
 * every step.
 */
export function RequisitionControlsClient(can: RequisitionPermissions) {
  const { id } = useDocumentInfo()
  const { apiURL } = useManufacturingApi()
  const router = useRouter()
  const { load, requisition } = useStoredRequisition(apiURL, id)
  const [open, setOpen] = useState<Open>(null)
  const done = () => {
    setOpen(null)
    void load()
    router.refresh()
  }
  const { busy, run } = useConfirmedStep(apiURL, done)

  if (!id || !requisition) return null
  const OpenDialog = open && dialogs[open]
  return (
    <div
      className="field-type"
      data-testid="requisition-controls"
      style={{
        alignItems: 'center',
        display: 'flex',
        flexWrap: 'wrap',
        gap: 8,
        marginBottom: 'var(--base, 20px)',
      }}
    >
      <RequisitionSteps
        busy={busy}
        can={can}
        onOpen={setOpen}
        requisition={requisition}
        run={(question, action, success) => run(requisition.id, question, action, success)}
      />
      <PickListLinks apiURL={apiURL} requisition={requisition.id} />
      {OpenDialog && (
        <OpenDialog
          apiURL={apiURL}
          onClose={() => setOpen(null)}
          onDone={done}
          requisition={requisition}
        />
      )}
    </div>
  )
}
