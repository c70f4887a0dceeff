'use client'
import { useConfig } from '@payloadcms/ui'
import Link from 'next/link'
import React from 'react'

import { DialogError } from '../../../platform/components/Dialog/index.client'
import { NoticeDialog } from '../../../platform/components/Dialog/NoticeDialog'

/** What requestMaterials answers: the requisitions it raised (the store's, read by name only). */
export type RaisedRequisitions = {
  requisitions: { code: string; id: number; lines: unknown[]; state: string }[]
}

/** The requisitions just raised, each linked to its page; or why none was. */
export function RaisedRequisitionsDialog({
  error,
  onClose,
  result,
}: {
  error: null | string
  onClose: () => void
  result: null | RaisedRequisitions
}) {
  const { config } = useConfig()
  return (
    <NoticeDialog
      closeId="request-materials-close"
      id="request-materials-dialog"
      onClose={onClose}
      title="Material requisitions"
      width={520}
    >
      {result && (
        <>
          <p style={{ marginTop: 0 }}>
            Raised{' '}
            {result.requisitions.length === 1
              ? 'one requisition'
              : `${result.requisitions.length} requisitions`}{' '}
            (one per production floor and day):
          </p>
          <ul data-testid="raised-requisitions">
            {result.requisitions.map((requisition) => (
              <li key={requisition.id}>
                <Link
                  href={`${config.routes.admin}/collections/material-requisitions/${requisition.id}`}
                >
                  {requisition.code}
                </Link>
                : {requisition.lines.length} line{requisition.lines.length === 1 ? '' : 's'}
              </li>
            ))}
          </ul>
        </>
      )}
      <DialogError message={error} />
    </NoticeDialog>
  )
}
