'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import React, { useState } from 'react'

import { SecondaryButton } from '../SecondaryButtons/index.client'

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
      <SecondaryButton id={id} onClick={() => setOpen(true)}>
        {label}
      </SecondaryButton>
      {open && dialog(Number(doc), () => setOpen(false))}
    </>
  )
}
