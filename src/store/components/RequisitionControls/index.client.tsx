'use client'
import type { MaterialRequisition } from '../../../payload-types'

import { Button, toast, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useCallback, useEffect, useState } from 'react'

import { fetchJson, postAction } from '../../../platform/components/fetchJson'
import { useManufacturingApi } from '../../../platform/components/useManufacturingApi'
import { PickRequisitionDialog } from './PickRequisitionDialog'
import { heldOf, isClosed, locationName, onFloorOf, openOf, unstagedOf } from './requisitionView'
import { ReturnToStoreDialog } from './ReturnToStoreDialog'
import { StageTrolleyDialog } from './StageTrolleyDialog'

export type RequisitionPermissions = {
  canIssue: boolean
  canManage: boolean
  canPick: boolean
  canStage: boolean
}
type Open = 'pick' | 'return' | 'stage' | null

const link = (label: string, href: string, id: string) => (
  <a className="btn btn--style-secondary btn--size-medium" download href={href} id={id}>
    {label}
  </a>
)

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
  const [requisition, setRequisition] = useState<MaterialRequisition | null>(null)
  const [open, setOpen] = useState<Open>(null)
  const [busy, setBusy] = useState(false)

  const load = useCallback(async () => {
    if (!id) return
    try {
      setRequisition(
        await fetchJson<MaterialRequisition>(`${apiURL}/material-requisitions/${id}?depth=1`),
      )
    } catch (reason) {
      toast.error((reason as Error).message)
    }
  }, [apiURL, id])
  useEffect(() => {
    void load()
  }, [load])

  if (!id || !requisition) return null
  const lines = requisition.lines ?? []
  const closed = isClosed(requisition)
  const any = (of: (line: (typeof lines)[number]) => number) =>
    !closed && lines.some((line) => of(line) > 0)
  const done = () => {
    setOpen(null)
    void load()
    router.refresh()
  }
  const perform = async (question: string, action: string, success: string) => {
    if (!window.confirm(question)) return
    setBusy(true)
    try {
      await postAction(apiURL, action, { requisition: requisition.id })
      toast.success(success)
      done()
    } catch (reason) {
      toast.error((reason as Error).message, { duration: 12_000 })
    } finally {
      setBusy(false)
    }
  }
  const button = (label: string, buttonId: string, onClick: () => void) => (
    <Button
      buttonStyle="secondary"
      disabled={busy}
      id={buttonId}
      margin={false}
      onClick={onClick}
      size="medium"
    >
      {label}
    </Button>
  )
  const code = requisition.code ?? `#${requisition.id}`
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
      {can.canPick && any(openOf) && button('Pick…', 'requisition-pick', () => setOpen('pick'))}
      {can.canIssue &&
        any(heldOf) &&
        button('Issue to floor', 'requisition-issue', () =>
          perform(
            `Issue everything picked for ${code} to ${locationName(requisition.floor)}?`,
            'issueRequisition',
            `Issued ${code} to the floor`,
          ),
        )}
      {can.canStage &&
        any(unstagedOf) &&
        button('Stage on trolley…', 'requisition-stage', () => setOpen('stage'))}
      {can.canIssue &&
        any(onFloorOf) &&
        button('Return to store…', 'requisition-return', () => setOpen('return'))}
      {can.canManage &&
        !closed &&
        button('Cancel requisition', 'requisition-cancel', () =>
          perform(
            `Cancel ${code}? What was picked is released at the store.`,
            'cancelRequisition',
            `Cancelled ${code}`,
          ),
        )}
      {link(
        'Pick list (PDF)',
        `${apiURL}/material-requisitions/pick-list.pdf?ids=${requisition.id}`,
        'requisition-pick-list-pdf',
      )}
      {link(
        'CSV',
        `${apiURL}/material-requisitions/pick-list.csv?ids=${requisition.id}`,
        'requisition-pick-list-csv',
      )}
      {open === 'pick' && (
        <PickRequisitionDialog
          apiURL={apiURL}
          onClose={() => setOpen(null)}
          onDone={done}
          requisition={requisition}
        />
      )}
      {open === 'stage' && (
        <StageTrolleyDialog
          apiURL={apiURL}
          onClose={() => setOpen(null)}
          onDone={done}
          requisition={requisition}
        />
      )}
      {open === 'return' && (
        <ReturnToStoreDialog
          apiURL={apiURL}
          onClose={() => setOpen(null)}
          onDone={done}
          requisition={requisition}
        />
      )}
    </div>
  )
}
