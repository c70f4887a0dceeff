'use client'
import { Button, useConfig } from '@payloadcms/ui'
import Link from 'next/link'
import React from 'react'

import { Dialog, DialogError } from '../../../platform/components/Dialog/index.client'

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
    <Dialog
      actions={
        <Button buttonStyle="primary" id="request-materials-close" margin={false} onClick={onClose}>
          Close
        </Button>
      }
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
    </Dialog>
  )
}
