'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React from 'react'

import { DialogButton } from '../../../platform/components/DialogButton/index.client'
import { ReopenDialog } from './ReopenDialog'

type Props = { finalStatus: { id: number; name: string } }

const idOfStatus = (status: unknown) =>
  typeof status === 'object' && status !== null ? (status as { id?: unknown }).id : status

/** The button shows only while the execution, as saved, is in the final status. */
export function ReopenExecutionControl({ finalStatus }: Props) {
  const { savedDocumentData } = useDocumentInfo()
  const router = useRouter()
  if (idOfStatus(savedDocumentData?.status) !== finalStatus.id) return null
  return (
    <DialogButton
      dialog={(execution, close) => (
        <ReopenDialog
          execution={execution}
          finalName={finalStatus.name}
          onClose={close}
          onDone={() => {
            close()
            router.refresh()
          }}
        />
      )}
      id="reopen-execution-button"
      label="Reopen…"
    />
  )
}
