'use client'
import { Button, useDocumentInfo } from '@payloadcms/ui'
import React, { useState } from 'react'

type Props = {
  /** The dialog for the saved document `id`; `close` closes it. */
  dialog: (id: number, close: () => void) => React.ReactNode
  id: string
  label: string
}

/** A button in a saved document's controls that opens a dialog about that document. */
export function DialogButton({ dialog, id, label }: Props) {
  const { id: doc } = useDocumentInfo()
  const [open, setOpen] = useState(false)
  if (!doc) return null
  return (
    <>
      <Button
        buttonStyle="secondary"
        id={id}
        margin={false}
        onClick={() => setOpen(true)}
        size="medium"
      >
        {label}
      </Button>
      {open && dialog(Number(doc), () => setOpen(false))}
    </>
  )
}
